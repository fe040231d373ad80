import type { Currency } from '@/lib/vocabularies';

// Building an Intl.NumberFormat costs far more than using one, and a page formats hundreds of amounts
// (/salaries, the catalogue's cards): one formatter per locale, currency and precision, kept.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: Currency, digits: 0 | 2): Intl.NumberFormat {
  const key = `${locale}|${currency}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      // Russian's narrow symbol for the Belarusian rouble is «р.», which reads as the Russian rouble: its code instead.
      currencyDisplay: currency === 'BYN' ? 'code' : 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "45 000 ₽", "$1,200", "5,50 €": whole amounts without decimals, fractional ones (hourly) with two. */
export function formatMoney(amount: number, currency: Currency, locale: string): string {
  return formatterFor(locale, currency, Number.isInteger(amount) ? 0 : 2).format(amount);
}
