import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import type { ReviewItem } from '@/lib/moderation/review-queries';
import { CompanyFlags } from '../../../_components/company-flags';
import { linkClass } from '../../../_components/styles';

/** What the moderator needs to judge the employer: legal details, verification and sanctions. */
export async function CompanyPanel({ company, openReports }: { company: ReviewItem['company']; openReports: number }) {
  const [t, tr, format] = await Promise.all([getTranslations('moderation.company'), getTranslations('moderation.review'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const rows: [string, string | null][] = [
    [t('legalName'), company.legalName],
    [t('taxId'), company.taxId],
    [t('website'), company.website],
    [t('country'), company.country],
    [t('createdAt'), date(company.createdAt)],
  ];

  return (
    <Card as="section" aria-labelledby="company-heading" data-testid="company-panel">
      <h2 id="company-heading" className="text-lg font-bold">
        {tr('companyHeading')}
      </h2>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <span className="font-semibold">{company.name}</span>
        <CompanyFlags verified={company.verifiedAt !== null} warned={company.warnedAt !== null} blocked={company.blockedAt !== null} />
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ink-600">{label}</dt>
            <dd className="break-words">{value ?? <span className="text-ink-600">{t('notGiven')}</span>}</dd>
          </div>
        ))}
      </dl>
      {company.blockedAt && <p className="mt-3 text-sm text-red-800">{t('blockedAt', { date: date(company.blockedAt), reason: company.blockedReason ?? '—' })}</p>}
      {company.warnedAt && <p className="mt-2 text-sm text-accent-700">{t('warnedAt', { date: date(company.warnedAt) })}</p>}
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/admin/companies/${company.id}`} className={linkClass}>
          {tr('companyLink')}
        </Link>
        {openReports > 0 && (
          <Link href="/admin/reports" className={linkClass}>
            {tr('reportsLink', { count: openReports })}
          </Link>
        )}
      </p>
    </Card>
  );
}
