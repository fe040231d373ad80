import { verifyEmailToken } from '@/lib/accounts/verification-actions';
import { env } from '@/lib/env';

/** The link in the confirmation mail: confirms the address once, then sends the person to sign in. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'ru';
  const verified = await verifyEmailToken(url.searchParams.get('token') ?? '');
  const base = `${env.SITE_URL.replace(/\/+$/, '')}${locale === 'en' ? '/en' : ''}/signin`;
  return Response.redirect(`${base}?${verified ? 'verified=1' : 'verify=invalid'}`, 303);
}
