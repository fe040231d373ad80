import '@/lib/zod-setup';
import { z } from 'zod';
import { recordApplyStart } from '@/lib/applications/click.server';
import { clientAddressFrom } from '@/lib/http/client-address';

// The vacancy page's apply form calls this once, when a candidate first types or chooses something in it: the
// start of an application is the on-site form's apply click (decision 025). Always 204: nothing to show.
export const dynamic = 'force-dynamic';

const Params = z.object({ id: z.uuid() });
const NO_CONTENT = { status: 204, headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' } };

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return Response.json({ error: 'notFound' }, { status: 404 });
  const h = request.headers;
  // Only our own pages count clicks; another site posting here (a browser says so) is ignored.
  const site = h.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return new Response(null, NO_CONTENT);
  await recordApplyStart(parsed.data.id, { ip: clientAddressFrom(h), userAgent: h.get('user-agent') });
  return new Response(null, NO_CONTENT);
}
