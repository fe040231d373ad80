import { createTranslator } from 'next-intl';
import '@/lib/zod-setup';
import { z } from 'zod';
import { resolveApplyClick, type ApplyTarget } from '@/lib/applications/click.server';
import { clientAddressFrom } from '@/lib/http/client-address';
import { MESSAGES } from '@/messages';
import { getPathname } from '@/i18n/navigation';

// The apply buttons of `url` and `email` vacancies go through here, so the dashboard can count apply clicks.
export const dynamic = 'force-dynamic';

const Params = z.object({ id: z.uuid() });

function location(target: ApplyTarget, locale: 'ru' | 'en'): string {
  if (target.kind === 'url') return target.url;
  if (target.kind === 'page') return getPathname({ href: `/vacancies/${target.slug}`, locale });
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'vacancy.apply' });
  return `mailto:${target.email}?subject=${encodeURIComponent(t('emailSubject', { title: target.title }))}`;
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return Response.json({ error: 'notFound' }, { status: 404 });
  const locale = new URL(request.url).searchParams.get('locale') === 'en' ? 'en' : 'ru';
  const h = request.headers;
  const visitor = { ip: clientAddressFrom(h), userAgent: h.get('user-agent') };

  const click = await resolveApplyClick(parsed.data.id, visitor);
  if (!click) return Response.json({ error: 'notFound' }, { status: 404 });
  return new Response(null, {
    status: 302,
    headers: { Location: location(click.target, locale), 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' },
  });
}
