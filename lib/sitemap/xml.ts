// Sitemap XML (sitemaps.org 0.9, with xhtml:link alternates for each translation), written here rather than
// by Next's metadata route so the site can have an index of several files and each file can be cached.

export type SitemapEntry = { url: string; lastModified?: Date; languages?: Record<string, string> };

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A <urlset> file: one <url> per entry, its translations as xhtml:link alternates. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const alternates = Object.entries(e.languages ?? {})
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`)
      .join('');
    const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : '';
    return `<url><loc>${escapeXml(e.url)}</loc>${alternates}${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A <sitemapindex> file listing the sitemap files. */
export function sitemapIndexXml(files: readonly { url: string; lastModified?: Date }[]): string {
  const items = files.map(
    (f) => `<sitemap><loc>${escapeXml(f.url)}</loc>${f.lastModified ? `<lastmod>${f.lastModified.toISOString()}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
