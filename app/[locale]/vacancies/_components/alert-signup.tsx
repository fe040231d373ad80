import type { Locale } from 'next-intl';
import { describeAlert } from '@/lib/alerts/mail';
import { toMailLocale } from '@/lib/mail/translate';
import { canonicalAlertQuery } from '@/lib/alerts/schemas';
import { toCatalogueSearch, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { AlertForm } from './alert-form';

/** The job-alert box for the search on screen, in words («Только чат · Английский · от 60 000 ₽»). */
export function AlertSignup({ filters, locale, empty }: { filters: CatalogueFilters; locale: Locale; empty: boolean }) {
  const { filters: alertFilters, query } = canonicalAlertQuery(toCatalogueSearch(filters));
  return <AlertForm query={query} description={describeAlert(alertFilters, toMailLocale(locale))} empty={empty} />;
}
