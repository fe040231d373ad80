import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything except /api, Next internals, Vercel internals and files with an extension
  // (/sitemap.xml, /robots.txt, /favicon.ico), which must stay unlocalized.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
