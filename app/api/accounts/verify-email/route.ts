import { verifyEmailToken } from '@/lib/accounts/verification.server';
import { getPathname } from '@/i18n/navigation';

/** The link in the confirmation mail: confirms the address once, then sends the person to sign in. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'ru';
  const verified = await verifyEmailToken(url.searchParams.get('token') ?? '');
  const target = getPathname({ href: `/signin?${verified ? 'verified=1' : 'verify=invalid'}`, locale });
  // A relative Location: the browser stays on the host it opened the link at. (request.url names the host
  // Next listens on, which behind a proxy or on 127.0.0.1 is not the one the person sees.)
  return new Response(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } });
}
