import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { requireRole } from '@/lib/accounts/queries';
import { unblockContactAction } from '@/lib/moderation/board/actions';
import { getBlockedContacts } from '@/lib/moderation/board/queries';
import { CONTACT_KINDS } from '@/lib/moderation/risk/types';
import { AdminForm } from '../_components/admin-form';
import { tableClass, tdClass, thClass } from '../_components/styles';
import { BlockContactForm } from './_components/block-contact-form';
import { getPathname } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'blockedContacts.meta' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Blocked contacts: block one by hand, see which ads carry each, unblock. */
export default async function BlockedContactsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin/contacts', locale }));
  const [t, format, rows] = await Promise.all([getTranslations('blockedContacts'), getFormatter(), getBlockedContacts(admin)]);
  if (!rows) return null;
  const kinds = Object.fromEntries(CONTACT_KINDS.map((k) => [k, t(`kind.${k}`)])) as Record<(typeof CONTACT_KINDS)[number], string>;

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 max-w-3xl text-ink-600">{t('intro')}</p>

      <Card as="section" aria-labelledby="block-heading" className="mt-8 max-w-3xl">
        <h2 id="block-heading" className="mb-4 text-lg font-bold">
          {t('form.heading')}
        </h2>
        <BlockContactForm
          texts={{
            kind: t('form.kind'),
            kinds,
            value: t('form.value'),
            hint: t('form.hint'),
            reason: t('form.reason'),
            reasonHint: t('form.reasonHint'),
            submit: t('form.submit'),
            pending: t('form.pending'),
          }}
        />
      </Card>

      <section aria-labelledby="list-heading" className="mt-10">
        <h2 id="list-heading" className="text-lg font-bold">
          {t('list.heading')}
        </h2>
        {rows.length === 0 ? (
          <p className="mt-3 text-ink-600">{t('list.empty')}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className={tableClass} data-testid="blocked-contacts">
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t('list.contact')}</th>
                  <th scope="col" className={thClass}>{t('list.reason')}</th>
                  <th scope="col" className={thClass}>{t('list.ads')}</th>
                  <th scope="col" className={thClass}>{t('list.by')}</th>
                  <th scope="col" className={thClass}><span className="sr-only">{t('list.unblock')}</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className={tdClass}>
                      <span className="block text-xs text-ink-600">{kinds[r.kind]}</span>
                      <span className="font-mono break-all">{r.value}</span>
                    </td>
                    <td className={`${tdClass} max-w-sm`}>{r.reason}</td>
                    <td className={tdClass}>{t('list.adsCount', { ads: r.ads, published: r.published })}</td>
                    <td className={tdClass}>
                      {t('list.byLine', { name: r.blockedBy ?? t('list.system'), date: format.dateTime(r.createdAt, { dateStyle: 'medium' }) })}
                    </td>
                    <td className={tdClass}>
                      <AdminForm action={unblockContactAction} hidden={{ id: r.id }} submitLabel={t('list.unblock')} pendingLabel={t('list.unblocking')} className="-mt-3" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Container>
  );
}
