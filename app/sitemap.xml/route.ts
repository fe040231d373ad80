import { sitemapIndex } from '@/lib/sitemap/files';

// Read from the database on every request (the build has none); the index itself is cached until the
// catalogue changes (lib/sitemap/files.ts).
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return new Response(await sitemapIndex(), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
