/** A 400 an API client (or a person reading it) understands: what was wrong, never a stack. */
export function badRequest(message: string, details?: Record<string, unknown>, status = 400): Response {
  return Response.json({ error: 'badRequest', message, ...(details ? { details } : {}) }, { status, headers: { 'Cache-Control': 'no-store' } });
}
