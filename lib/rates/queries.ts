import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Rates } from '@/lib/salary/normalize';
import { CURRENCIES } from '@/lib/vocabularies';

/** RUB per unit of each currency, from the table an admin edits; one read per request. */
export const getExchangeRates = cache(async (): Promise<Rates> => {
  const rows = await db.exchangeRate.findMany({ select: { currency: true, rubPerUnit: true } });
  const byCode = new Map(rows.map((r) => [r.currency, r.rubPerUnit.toNumber()]));
  // A currency without a row cannot be converted; NaN makes the converters refuse loudly.
  return Object.fromEntries(CURRENCIES.map((c) => [c, c === 'RUB' ? 1 : (byCode.get(c) ?? Number.NaN)])) as Rates;
});
