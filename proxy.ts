import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { env } from './lib/env';
import { outageResponse } from './lib/health/outage';
import { createNonce, pageContentSecurityPolicy } from './lib/http/security-headers';

const handleLocale = createMiddleware(routing);
const dev = process.env.NODE_ENV === 'development';
const SITE_ORIGIN = new URL(env.SITE_URL).origin;

const plain = (status: number, text: string) =>
  new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A POST to a page is a server action; the browser's Origin must be this site (CSRF), or it is refused. */
function isForeignAction(request: NextRequest): boolean {
  if (request.method !== 'POST') return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
  return origin !== SITE_ORIGIN && origin !== `${proto}://${host}`;
}

/**
 * A server action call whose body React cannot decode (a reply field that is not JSON) would end as a 500
 * inside the framework; it is refused here with a 400 instead. Field names made of digits carry React's
 * JSON-encoded arguments; everything else (a FormData's own fields, files) passes untouched.
 */
async function isUndecodableActionCall(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
      for (const [name, value] of await request.clone().formData()) {
        if (/^\d+$/.test(name) && typeof value === 'string') JSON.parse(value);
      }
    } else {
      JSON.parse(await request.clone().text());
    }
    return false;
  } catch {
    return true;
  }
}

export default async function proxy(request: NextRequest) {
  // A path with broken percent-encoding (`/api/vacancies/%E0%A4%A/apply`) makes routing throw; it is
  // the client's mistake, so answer 400 instead of a server error.
  if (!isDecodable(request.nextUrl.pathname)) {
    return plain(400, 'Bad request: the address is not correctly encoded.\nНеверный запрос: адрес закодирован с ошибкой.');
  }
  // While the database is down, a friendly 503 instead of error pages (lib/health/outage.ts).
  const outage = await outageResponse(request);
  if (outage) return outage;
  if (request.nextUrl.pathname === '/api' || request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  if (isForeignAction(request)) {
    return plain(403, 'Forbidden: this form was sent from another site.\nЗапрещено: форму отправили с другого сайта.');
  }
  if (await isUndecodableActionCall(request)) {
    return plain(400, 'Bad request: the form data could not be read.\nНеверный запрос: не удалось прочитать данные формы.');
  }

  // A nonce per request (docs/decisions/013): Next.js reads it from the request's policy and puts it on
  // its own scripts; our components read `x-nonce`.
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { dev });
  // next-intl forwards a copy of these request headers to the page.
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', policy);
  const response = handleLocale(request);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything except Next internals, Vercel internals and files with an extension (/sitemap.xml,
  // /robots.txt, /favicon.ico). /api passes through after the encoding check, unlocalized.
  matcher: '/((?!_next|_vercel|.*\\..*).*)',
};
