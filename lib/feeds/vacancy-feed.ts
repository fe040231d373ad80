import { createTranslator, type Locale } from 'next-intl';
import { salaryFormatter, type Translate } from '@/lib/salary/formatter';
import type { Rates } from '@/lib/salary/normalize';
import { localizedUrl } from '@/lib/seo';
import { toCatalogueSearch, type CatalogueFilters } from '@/lib/vacancies/search-params';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { MESSAGES } from '@/messages';
import { writeRss, type RssItem } from './rss';

// Feeds are translated without a request (createTranslator, as mail is), so the writer runs in tests too.

/** At most this many items: the newest, whatever the page's sort. */
export const FEED_SIZE = 50;
/** Seconds a feed may be cached (Cache-Control and the channel's ttl). */
export const FEED_MAX_AGE = 300;

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

export type FeedHead = { title: string; description: string; link: string; self: string };

const translate = (locale: Locale, namespace: 'feeds' | 'salary' | 'vocab') =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace }) as unknown as Translate;

/** The feeds' own strings (messages/pages/feeds.*.json). */
const feedText = (locale: Locale) => translate(locale, 'feeds');

/** The feed of a catalogue search: same filters, canonical order, sort and page left out (a feed is newest first). */
export function catalogueFeedUrl(filters: CatalogueFilters, locale: Locale): string {
  return localizedUrl(`/vacancies/feed.xml${toCatalogueSearch({ ...filters, sort: null, page: 1 })}`, locale);
}

/** `alternates.types` of a page's metadata: the `<link rel="alternate" type="application/rss+xml">` readers find. */
export const rssAlternate = (head: FeedHead) => ({ 'application/rss+xml': [{ url: head.self, title: head.title }] });

export const companyFeedUrl = (slug: string, locale: Locale) => localizedUrl(`/companies/${slug}/feed.xml`, locale);

/** Title and links of a catalogue search's feed; the title names the search as the page's heading does. */
export function catalogueFeedHead(filters: CatalogueFilters, locale: Locale): FeedHead {
  const t = feedText(locale);
  const title = filters.q
    ? t('catalogue.titleSearch', { query: filters.q })
    : filters.industry.length === 1
      ? t('catalogue.titleIndustry', { industry: translate(locale, 'vocab')(`industry.${filters.industry[0]}`) })
      : t('catalogue.title');
  return {
    title,
    description: t('catalogue.description'),
    link: localizedUrl(`/vacancies${toCatalogueSearch({ ...filters, sort: null, page: 1 })}`, locale),
    self: catalogueFeedUrl(filters, locale),
  };
}

export function companyFeedHead(company: { name: string; slug: string }, locale: Locale): FeedHead {
  const t = feedText(locale);
  return {
    title: t('company.title', { name: company.name }),
    description: t('company.description', { name: company.name }),
    link: localizedUrl(`/companies/${company.slug}`, locale),
    self: companyFeedUrl(company.slug, locale),
  };
}

/** «45 000 – 60 000 ₽ в месяц, на руки · Сменный график 2/2 · Полная занятость · Company»: what a reader needs to decide to click. */
function summarizer(locale: Locale, rates: Rates) {
  const vocab = translate(locale, 'vocab');
  const noSalary = feedText(locale)('noSalary');
  const format = salaryFormatter(locale, rates, translate(locale, 'salary'), (key) => vocab(`salaryPeriod.${key}`));
  return (card: VacancyCardData) => {
    const salary = card.salary ? [format.stated(card.salary), format.taxNote(card.salary)].filter(Boolean).join(', ') : noSalary;
    const schedule = [vocab(`schedule.${card.schedule}`), card.shiftPattern].filter(Boolean).join(' ');
    return [salary, schedule, vocab(`employment.${card.employment}`), card.companyName].join(' · ');
  };
}

export function vacancyFeed(head: FeedHead, cards: readonly VacancyCardData[], locale: Locale, rates: Rates, now = new Date()): string {
  const vocab = translate(locale, 'vocab');
  const summary = summarizer(locale, rates);
  const items: RssItem[] = cards.slice(0, FEED_SIZE).map((card) => ({
    title: card.title,
    link: localizedUrl(`/vacancies/${card.slug}`, locale),
    pubDate: card.publishedAt,
    description: summary(card),
    categories: [vocab(`industry.${card.industry}`)],
  }));
  return writeRss({
    ...head,
    language: locale,
    // The newest item's date, so an unchanged feed reads the same; `now` only for an empty one.
    lastBuildDate: cards[0]?.publishedAt ?? now,
    ttl: FEED_MAX_AGE / 60,
    items,
  });
}

export function feedResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': RSS_CONTENT_TYPE, 'Cache-Control': `public, max-age=${FEED_MAX_AGE}`, 'X-Robots-Tag': 'noindex' },
  });
}

/** An unknown company or locale: plain text, as the other non-page answers. */
export function feedNotFound(): Response {
  return new Response('Not found: no such feed.\nНе найдено: такой ленты нет.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
