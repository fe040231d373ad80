import { useLocale, useTranslations } from 'next-intl';
import { ClientMessages } from '@/components/layout/client-messages';
import { buttonStyles } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { Link } from '@/i18n/navigation';
import { formStartedAt } from '@/lib/applications/schemas';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { ApplyForm } from './apply-form';
import { ApplyStart } from './apply-start';
import { ExternalIcon, MailIcon, ShieldIcon } from '@/components/vacancies/detail/icons';

type Props = {
  vacancy: VacancyDetail;
  /** The employer's preview: links go straight to the target (no click is counted) and the form is not sent. */
  preview?: boolean;
};

/** How to apply: the on-site form, the employer's site, or an email. Only for open vacancies. */
export function ApplyBlock({ vacancy, preview = false }: Props) {
  const t = useTranslations('vacancy.apply');
  const locale = useLocale();
  const { apply } = vacancy;
  const companyHref = `/companies/${vacancy.company.slug}`;
  // Clicks pass through our route so the employer's statistics count them; it redirects to the target.
  const clickHref = `/api/vacancies/${vacancy.id}/apply${locale === 'en' ? '?locale=en' : ''}`;
  const mailto = apply?.mode === 'email' ? `mailto:${apply.email}?subject=${encodeURIComponent(t('emailSubject', { title: vacancy.title }))}` : '';

  return (
    <Card
      as="section"
      aria-labelledby="apply-heading"
      // The form is taller than the screen; inside the sticky sidebar it scrolls on its own so the button stays reachable.
      className={cx('border-brand-200', apply?.mode === 'form' && 'lg:max-h-[calc(100dvh-7rem)] lg:overflow-y-auto')}
      // In a preview the form's fields are inert, so the scrolling box itself must take keyboard focus.
      tabIndex={preview && apply?.mode === 'form' ? 0 : undefined}
    >
      <h2 id="apply-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>

      {apply?.mode === 'url' && (
        <>
          <a
            href={preview ? apply.url : clickHref}
            target="_blank"
            rel="nofollow noopener"
            className={buttonStyles({ size: 'lg', className: 'mt-4 w-full whitespace-normal! text-center' })}
          >
            {t('urlAction')}
            <ExternalIcon className="size-5 shrink-0" />
            <span className="sr-only">{t('newTab')}</span>
          </a>
          <p className="mt-2 text-sm text-ink-600">{t('urlNote')}</p>
        </>
      )}

      {apply?.mode === 'email' && (
        <>
          <a
            href={preview ? mailto : clickHref}
            className={buttonStyles({ size: 'lg', className: 'mt-4 w-full whitespace-normal! text-center' })}
          >
            <MailIcon className="size-5 shrink-0" />
            {t('emailAction')}
          </a>
          <p className="mt-2 text-sm break-words text-ink-600">{t('emailNote', { email: apply.email })}</p>
        </>
      )}

      {apply?.mode === 'form' &&
        (preview ? (
          // The employer's and admin's previews sit in areas without the candidate's form texts.
          <ClientMessages area="apply">
            <ApplyForm vacancyId={vacancy.id} company={vacancy.company.name} startedAt={formStartedAt()} preview />
          </ClientMessages>
        ) : (
          <>
            <ApplyForm vacancyId={vacancy.id} company={vacancy.company.name} startedAt={formStartedAt()} />
            <ApplyStart vacancyId={vacancy.id} />
          </>
        ))}

      {!apply && (
        <p className="mt-4 text-sm text-ink-700">
          {t('missing')}{' '}
          <Link href={companyHref} className="font-semibold text-brand-800 underline underline-offset-2">
            {t('formCompany')}
          </Link>
        </p>
      )}

      <p className="mt-5 flex gap-2 border-t border-line pt-4 text-xs text-ink-600">
        <ShieldIcon className="size-4 shrink-0 text-ink-500" />
        {t('safety')}
      </p>
    </Card>
  );
}
