import '@/lib/zod-setup';
import { z } from 'zod';
import { email, LOCALES } from '@/lib/accounts/schemas';
import { EMPTY_FILTERS, parseCatalogueParams, toCatalogueSearch, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { ALERT_FREQUENCIES } from './frequencies';

export { ALERT_FREQUENCIES, type AlertFrequency } from './frequencies';

// Job alerts: a catalogue search mailed to a candidate. Messages are keys under `alertForm.errors`.
const E = (key: string) => `alertForm.errors.${key}`;

/** Alerts one address may hold (confirmed or waiting): plenty for a person, little for a spammer. */
export const MAX_ALERTS_PER_EMAIL = 10;
/** A confirmation link works this long; an alert never confirmed is deleted after it. */
export const CONFIRM_DAYS = 7;
/** Links to the "my alerts" page work this long (every alert mail carries a fresh one). */
export const MANAGE_LINK_DAYS = 30;
/** Vacancies listed in one alert mail; the rest are a link to the catalogue. */
export const MAIL_ITEMS = 20;

const frequency = z.enum(ALERT_FREQUENCIES, { error: E('frequency') });
const query = z.string().max(4000, E('query')).default('');

export const SubscribeSchema = z.object({ email, frequency, query, locale: z.enum(LOCALES).catch('ru') });
export type SubscribeInput = z.infer<typeof SubscribeSchema>;

export const FrequencySchema = z.object({ alert: z.uuid(E('notFound')), frequency });
export const AlertIdSchema = z.object({ alert: z.uuid(E('notFound')) });

/**
 * The filters of a catalogue query string, and the same query in its canonical form (defaults, page and
 * sort left out): equal searches give equal alerts. The catalogue's own parser, so an alert means what
 * its link shows.
 */
export function canonicalAlertQuery(search: string): { filters: CatalogueFilters; query: string } {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  // No prototype: a parameter named __proto__ or constructor is just an unknown parameter.
  const raw: Record<string, string[]> = Object.create(null);
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  const { filters } = parseCatalogueParams(raw);
  const canonical: CatalogueFilters = { ...filters, page: EMPTY_FILTERS.page, sort: EMPTY_FILTERS.sort };
  return { filters: canonical, query: toCatalogueSearch(canonical).replace(/^\?/, '') };
}
