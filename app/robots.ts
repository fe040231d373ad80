import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/lib/seo';

// Private areas in both languages stay out of search; everything public may be crawled.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/employer', '/admin', '/en/employer', '/en/admin', '/api/', '/dev/'],
    },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
