import { convertToRub, type Rates } from '@/lib/salary/normalize';
import type { Currency } from '@/lib/vocabularies';
import { eachMatch, hasMatch, lastWords, rx, type Match, type RiskText } from '../text';

// Income promised in the text ("доход от 5 000 ₽ в день", "$35/hour"): scam ads often leave the salary
// fields empty and put an unrealistic figure in the description instead.

export type TextIncome = { match: Match; minRub?: number; maxRub?: number };
export type Workload = { hoursPerMonth: number; shiftsPerMonth: number };

const NUM = String.raw`\d{1,3}(?:[ \u202f]\d{3})+|\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?`;
const MULT = String.raw`\s?(?:тыс\p{L}*\.?|к|k)(?![\p{L}])`;
const CUR_BEFORE = String.raw`(?:\$|€|₸|usd\s?|eur\s?)`;
const CUR_AFTER = String.raw`\s?(?:₽|руб\p{L}*\.?|р\.|rub|usd|\$|долл\p{L}*|dollars?|€|eur|евро|₸|тенге|kzt|byn|uzs|сум\p{L}*)(?![\p{L}])`;
const PERIOD = String.raw`(?:\s?(?:/|в|за|per|a|an|each)?\s?(?<per>час\p{L}*|hour|hr|день|дн\p{L}*|сутки|day|недел\p{L}*|week|месяц\p{L}*|мес\.?|month|смен\p{L}*|shift|год|year)(?![\p{L}])|\s(?<adv>daily|weekly|monthly|hourly|ежедневно|ежемесячно))?`;
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<cb>${CUR_BEFORE})?(?<a>${NUM})(?<am>${MULT})?(?:\s?(?:[-–—]|до|to)\s?${CUR_BEFORE}?(?<b>${NUM})(?<bm>${MULT})?)?\+?(?<ca>${CUR_AFTER})?\+?${PERIOD}`,
  'giu',
);

const INCOME = rx('доход~|зараб~|зарплат~|зп|з/п|оклад~|оплат~|выплат~|получа~|плат(?:им|ят)|ставк~|earn~|income|salary|salaries|pay|paid|make|makes|making|compensation|wages?|rate|commission');
const COST = rx('стоимост~|стоит|взнос~|депозит~|залог~|вложени~|пополн~|компенсаци~|штраф~|fee|fees|deposit|cost|price|invest~');
const UP_TO = rx('до|up to');

function lastHit(pattern: RegExp, value: string): number {
  let at = -1;
  for (const m of eachMatch(pattern, value)) at = m.index;
  return at;
}

function currencyOf(symbol: string): Currency | null {
  const s = symbol.trim().toLowerCase();
  if (/^(?:₽|руб|р\.|rub)/.test(s)) return 'RUB';
  if (/^(?:\$|usd|долл|dollar)/.test(s)) return 'USD';
  if (/^(?:€|eur|евро)/.test(s)) return 'EUR';
  if (/^(?:₸|тенге|kzt)/.test(s)) return 'KZT';
  if (s === 'byn') return 'BYN';
  if (/^(?:uzs|сум)/.test(s)) return 'UZS';
  return null;
}

function parseNumber(digits: string, multiplier: string | undefined): number {
  const compact = digits.replace(/[ \u202f]/g, '');
  const value = /^\d{1,3}(?:,\d{3})+$/.test(compact) ? Number(compact.replaceAll(',', '')) : Number(compact.replace(',', '.'));
  return multiplier ? value * 1000 : value;
}

function perMonth(period: string | undefined, workload: Workload): number {
  const p = (period ?? '').toLowerCase();
  if (/^(?:час|hour|hr)/.test(p)) return workload.hoursPerMonth;
  if (/^(?:день|дн|сутки|day|daily|ежедн)/.test(p)) return 22;
  if (/^(?:недел|week)/.test(p)) return 4.345;
  if (/^(?:смен|shift)/.test(p)) return workload.shiftsPerMonth;
  if (/^(?:год|year)/.test(p)) return 1 / 12;
  return 1;
}

/** Amounts with a currency that the text presents as income, as monthly RUB. */
export function findTextIncome(text: RiskText, rates: Rates, workload: Workload): TextIncome[] {
  const found: TextIncome[] = [];
  for (const m of eachMatch(AMOUNT, text.norm)) {
    const g = m.groups ?? {};
    const currency = currencyOf(g.cb ?? g.ca ?? '');
    if (!currency || !g.a) continue;
    const before = lastWords(text.norm.slice(Math.max(0, m.index - 80), m.index).split(/[.!?;\n]/).at(-1) ?? '', 6);
    if (lastHit(INCOME, before) < 0 || lastHit(INCOME, before) < lastHit(COST, before)) continue;
    const factor = perMonth(g.per ?? g.adv, workload);
    let a: number;
    let b: number | undefined;
    try {
      a = convertToRub(parseNumber(g.a, g.am ?? g.bm) * factor, currency, rates);
      b = g.b ? convertToRub(parseNumber(g.b, g.bm) * factor, currency, rates) : undefined;
    } catch {
      continue; // a figure too large to be a salary ("1e30 ₽") is noise, not income
    }
    const match = { start: m.index, end: m.index + m[0].length, text: text.raw.slice(m.index, m.index + m[0].trimEnd().length) };
    if (b !== undefined) found.push({ match, minRub: a, maxRub: b });
    else if (hasMatch(UP_TO, lastWords(before, 2))) found.push({ match, maxRub: a });
    else found.push({ match, minRub: a });
  }
  return found;
}
