import { useTranslations } from 'next-intl';
import { ListingLink, ListingLinks } from '@/components/content/listing-link';
import { richTags } from '@/components/content/rich-text';
import { proseText } from './guide-section';

const FACTORS = ['languages', 'volume', 'complexity', 'kpi'] as const;
const ROWS = ['Entry', 'Experienced', 'International'] as const;

export function PaySection() {
  const t = useTranslations('guide.sections.pay');
  return (
    <>
      <p className={proseText}>{t.rich('lead', richTags)}</p>

      <h3 className="mt-8 text-lg font-semibold">{t('factorsTitle')}</h3>
      <ul className="mt-3 space-y-3">
        {FACTORS.map((key, i) => (
          <li key={key} className="flex gap-3 text-ink-700">
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-100 text-xs font-bold text-accent-700"
            >
              {i + 1}
            </span>
            <span>{t.rich(key, richTags)}</span>
          </li>
        ))}
      </ul>

      <div className="mt-8 overflow-x-auto rounded-card border border-line bg-surface">
        <table className="w-full min-w-[20rem] border-collapse text-left text-[0.9375rem]">
          <caption className="px-5 pt-4 pb-2 text-left text-base font-semibold text-ink-950">{t('tableCaption')}</caption>
          <thead>
            <tr className="border-b border-line text-sm text-ink-600">
              <th scope="col" className="px-5 py-2 font-medium">
                {t('colSituation')}
              </th>
              <th scope="col" className="px-5 py-2 font-medium">
                {t('colPay')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row" className="px-5 py-3 font-normal text-ink-800">
                  {t(`row${row}`)}
                </th>
                <td className="px-5 py-3 font-semibold whitespace-nowrap text-ink-950">{t(`row${row}Pay`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-[0.9375rem] text-ink-600">{t('note')}</p>

      <ListingLinks>
        <ListingLink query={{ language: 'en' }}>{t('link')}</ListingLink>
      </ListingLinks>
    </>
  );
}
