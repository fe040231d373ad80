import type { Locale } from 'next-intl';
import { formatMoney } from './format';
import { convertFromRub, roundForDisplay, type Rates } from './normalize';
import type { SalaryInfo } from '@/lib/vacancies/types';
import type { Currency } from '@/lib/vocabularies';

export type SalaryFormatter = {
  /** As the employer wrote it: «от 45 000 ₽ в месяц», "$5.50–$7 per hour". */
  stated: (salary: SalaryInfo) => string;
  /** «до вычета налогов» / «на руки», or null when the employer did not say. */
  taxNote: (salary: SalaryInfo) => string | null;
  /** The normalized monthly range in `currency`, marked approximate; null when it would repeat `stated`. */
  approximate: (salary: SalaryInfo, currency: Currency) => string | null;
};

export type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The formatter from translators of `salary` and `vocab.salaryPeriod`: pages pass getTranslations', mail
 * (which runs in the job worker too, outside Next) createTranslator's.
 */
export function salaryFormatter(locale: Locale, rates: Rates, t: Translate, tv: Translate): SalaryFormatter {
  const amount = (from: string | null, to: string | null) =>
    from && to ? (from === to ? from : t('range', { from, to })) : from ? t('from', { amount: from }) : t('to', { amount: to ?? '' });

  return {
    stated: (s) => {
      const money = (n: number | null) => (n === null ? null : formatMoney(n, s.currency, locale));
      return `${amount(money(s.from), money(s.to))} ${tv(s.period)}`;
    },
    taxNote: (s) => (s.gross === null ? null : s.gross ? t('gross') : t('net')),
    approximate: (s, currency) => {
      if (s.minRub === null || s.maxRub === null) return null;
      if (currency === s.currency && s.period === 'month') return null;
      const convert = (rub: number) => {
        try {
          return formatMoney(roundForDisplay(convertFromRub(rub, currency, rates), currency), currency, locale);
        } catch {
          return null; // no usable rate for that currency: show the stated salary only
        }
      };
      const min = convert(s.minRub);
      const max = convert(s.maxRub);
      if (!min || !max) return null;
      return t('approximate', { amount: amount(min, max), period: tv('month') });
    },
  };
}
