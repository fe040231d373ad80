import { safeCallbackUrl } from './schemas';

// Auth.js's endpoints (/api/auth/*) answer 500 when a callbackUrl is neither an absolute URL nor a path
// ("ru"), and take any body; the route checks both here before handing the request over.

export const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/** A callbackUrl we would follow: a root-relative path, or an absolute URL of this very site. */
export function isAcceptableCallbackUrl(value: string, siteOrigins: string[]): boolean {
  if (safeCallbackUrl(value)) return !value.includes('\u0000');
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && siteOrigins.includes(url.origin);
  } catch {
    return false;
  }
}

export type AuthRequestCheck = { ok: true; request: Request } | { ok: false; status: 400 | 415; message: string };

/**
 * Refuses a hostile callbackUrl in the query or the form body; drops a hostile one from the callback
 * cookie (the person did nothing wrong: it is the site's own cookie, maybe from an older page).
 */
export async function checkAuthRequest(request: Request, siteOrigins: string[]): Promise<AuthRequestCheck> {
  const url = new URL(request.url);
  const candidates = url.searchParams.getAll('callbackUrl');
  let body: URLSearchParams | null = null;
  if (request.method === 'POST') {
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) {
      return { ok: false, status: 415, message: 'Send the form as application/x-www-form-urlencoded.' };
    }
    try {
      body = new URLSearchParams(await request.clone().text());
    } catch {
      return { ok: false, status: 400, message: 'The form body could not be read.' };
    }
    candidates.push(...body.getAll('callbackUrl'));
  }
  if (candidates.some((c) => !isAcceptableCallbackUrl(c, siteOrigins))) {
    return { ok: false, status: 400, message: 'callbackUrl must be a path on this site (such as /employer) or an address of this site.' };
  }
  const cookie = request.headers.get('cookie');
  if (!cookie) return { ok: true, request };
  const kept = cookie
    .split(';')
    .filter((part) => {
      const [name, ...rest] = part.trim().split('=');
      if (!CALLBACK_COOKIES.includes(name ?? '')) return true;
      let value = rest.join('=');
      try {
        value = decodeURIComponent(value);
      } catch {
        return false;
      }
      return isAcceptableCallbackUrl(value, siteOrigins);
    })
    .join(';');
  if (kept === cookie) return { ok: true, request };
  const headers = new Headers(request.headers);
  headers.set('cookie', kept);
  return { ok: true, request: new Request(request, { headers }) };
}
