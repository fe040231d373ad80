import { useTranslations } from 'next-intl';
import { buttonStyles } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { ExternalIcon, MailIcon, ShieldIcon } from './icons';

/** How to apply: the employer's site, an email, or (later) the on-site form. Only for open vacancies. */
export function ApplyBlock({ vacancy }: { vacancy: VacancyDetail }) {
  const t = useTranslations('vacancy.apply');
  const { apply } = vacancy;
  const companyHref = `/companies/${vacancy.company.slug}`;

  return (
    <Card as="section" aria-labelledby="apply-heading" className="border-brand-200">
      <h2 id="apply-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>

      {apply?.mode === 'url' && (
        <>
          <a
            href={apply.url}
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
            href={`mailto:${apply.email}?subject=${encodeURIComponent(t('emailSubject', { title: vacancy.title }))}`}
            className={buttonStyles({ size: 'lg', className: 'mt-4 w-full whitespace-normal! text-center' })}
          >
            <MailIcon className="size-5 shrink-0" />
            {t('emailAction')}
          </a>
          <p className="mt-2 text-sm break-words text-ink-600">{t('emailNote', { email: apply.email })}</p>
        </>
      )}

      {apply?.mode === 'form' && (
        // The on-site application form arrives with its own issue; until then the block says so.
        <div className="mt-4 rounded-control border border-dashed border-brand-300 bg-brand-50 p-4">
          <p className="font-semibold text-ink-950">{t('formTitle')}</p>
          <p className="mt-1 text-sm text-ink-700">{t('formText')}</p>
          <Link href={companyHref} className={buttonStyles({ variant: 'secondary', size: 'sm', className: 'mt-3' })}>
            {t('formCompany')}
          </Link>
        </div>
      )}

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
