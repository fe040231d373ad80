import { describe, expect, it, vi } from 'vitest';

// A real connection to a port where no database listens: the route must say so with a 503, not throw.
describe('/api/health with the database down', () => {
  it('answers 503 with a JSON body and no connection details', async () => {
    process.env.DATABASE_URL = 'postgresql://secret-user:secret-pass@127.0.0.1:9/nowhere';
    vi.resetModules();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { GET } = await import('@/app/api/health/route');
    const res = await GET();
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: 'degraded', database: 'down' });
    expect(text).not.toMatch(/secret|127\.0\.0\.1/);
    expect(errors).toHaveBeenCalled();
  });
});
