import { verifyEmailToken } from '@/lib/accounts/verification-actions';

/** The link in the confirmation mail: confirms the address once, then sends the person to sign in. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'ru';
  const verified = await verifyEmailToken(url.searchParams.get('token') ?? '');
  const target = `${locale === 'en' ? '/en' : ''}/signin?${verified ? 'verified=1' : 'verify=invalid'}`;
  // Relative to the address the link was opened at, so any host serving the app sends people back to itself.
  return Response.redirect(new URL(target, url), 303);
}
