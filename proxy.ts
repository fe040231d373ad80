import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const handleLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // A path with broken percent-encoding (`/en/vacancies/%E0%A4%A`) makes the locale routing throw;
  // it is the client's mistake, so answer 400 instead of a server error.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not correctly encoded.', { status: 400 });
  }
  return handleLocale(request);
}

export const config = {
  // Everything except /api, Next internals, Vercel internals and files with an extension
  // (/sitemap.xml, /robots.txt, /favicon.ico), which must stay unlocalized.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
