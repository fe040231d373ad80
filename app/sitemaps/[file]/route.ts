import { z } from 'zod';
import { sitemapFile } from '@/lib/sitemap/files';

export const dynamic = 'force-dynamic';

// `pages.xml` or `vacancies-N.xml`; anything else is not a sitemap file.
const FileName = z.string().regex(/^(pages|vacancies-\d{1,6})\.xml$/);

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const parsed = FileName.safeParse((await params).file);
  const xml = parsed.success ? await sitemapFile(parsed.data.slice(0, -'.xml'.length)) : null;
  if (xml === null) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
