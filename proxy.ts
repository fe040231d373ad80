import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { adoptWriteFenceCookie, WRITE_FENCE_COOKIE } from './lib/db-fence';
import { outageResponse } from './lib/health/outage';
import { checkFormPost, checkPagePost, pagePostLimit } from './lib/http/post-body';
import { REQUEST_SEARCH_HEADER } from './lib/http/request-search';
import { createNonce, pageContentSecurityPolicy } from './lib/http/security-headers';

const handleLocale = createMiddleware(routing);
const dev = process.env.NODE_ENV === 'development';

const UNREADABLE = 'Bad request: the form data could not be read.\nНеверный запрос: не удалось прочитать данные формы.';

const plain = (status: number, text: string) =>
  new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * A POST to a page is a server action; the browser's Origin must name the host the request was sent to
 * (the comparison Next.js makes itself, answering 500), or it is refused here with a 403.
 */
function isForeignAction(request: NextRequest): boolean {
  if (request.method !== 'POST') return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(request.headers.get('origin') ?? '').host !== host;
  } catch {
    return true;
  }
}

export default async function proxy(request: NextRequest) {
  // After a write, this browser's reads skip replicas that have not replayed it (decision 022).
  adoptWriteFenceCookie(request.cookies.get(WRITE_FENCE_COOKIE)?.value);
  // While the database is down, a friendly 503 instead of error pages (lib/health/outage.ts).
  const outage = await outageResponse(request);
  if (outage) return outage;
  if (request.nextUrl.pathname === '/api' || request.nextUrl.pathname.startsWith('/api/')) {
    return (await checkFormPost(request)) ? plain(400, UNREADABLE) : NextResponse.next();
  }
  if (isForeignAction(request)) {
    return plain(403, 'Forbidden: this form was sent from another site.\nЗапрещено: форму отправили с другого сайта.');
  }
  // 1 MB, or 6 MB for a form with a file on the page that takes one (the apply form's CV).
  const limit = pagePostLimit(request);
  const refused = await checkPagePost(request, limit);
  const mb = Math.round(limit / (1024 * 1024));
  if (refused === 413) return plain(413, `Too large: this form may carry at most ${mb} MB.\nСлишком большой запрос: не больше ${mb} МБ.`);
  if (refused === 415) return plain(415, 'Unsupported: send a form (multipart/form-data or application/x-www-form-urlencoded).\nНеподдерживаемый запрос: отправьте форму.');
  if (refused) return plain(400, UNREADABLE);

  // A nonce per request (docs/decisions/013): Next.js reads it from the request's policy and puts it on
  // its own scripts; our components read `x-nonce`.
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { dev });
  // next-intl forwards a copy of these request headers to the page.
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', policy);
  // The layout's language switch keeps the query without JavaScript; set here, so a client cannot send its own.
  request.headers.set(REQUEST_SEARCH_HEADER, request.nextUrl.search);
  const response = handleLocale(request);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but Next's internals and the few files at the root (robots.txt, sitemap.xml, icon.svg):
  // a page path with a dot in it (/vacancies/%2F%2Fevil.com/report) gets the same checks and CSP.
  // /api passes through after the checks above, unlocalized.
  matcher: '/((?!_next/|_vercel/|robots\\.txt$|sitemap\\.xml$|sitemaps/[^/]+\\.xml$|icon\\.svg$|favicon\\.ico$).*)',
};
