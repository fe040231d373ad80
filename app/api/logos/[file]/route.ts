import { getLogoFile } from '@/lib/companies/logo-queries';

// Company logos, public. The name holds the content's hash, so an answer never changes: browsers and CDNs
// keep it for a year without asking again. Unknown names get a short-lived 404.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const logo = await getLogoFile(file);
  if (!logo) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(logo.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${file.replace(/\.webp$/, '')}"`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
      'Cross-Origin-Resource-Policy': 'same-site',
    },
  });
}
