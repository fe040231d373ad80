import { encodeCursor, type ApiVacancyJson } from '@/lib/api/schemas';
import { API_BASE } from '@/lib/api/links';
import { localizedUrl, SITE_URL } from '@/lib/seo';
import type { ApiSuggestionsJson } from '@/lib/search/suggest-schemas';

// The page's examples: real addresses of this site, built from SITE_URL.

const SAMPLE_ID = '3f6b2a9e-8c41-4d7a-9b0e-5c2d1e7f4a10';
const SAMPLE_SLUG = 'operator-chata-3f6b2a9e';
const SAMPLE_CURSOR = encodeCursor({ publishedAt: new Date('2026-12-01T09:00:00Z'), id: SAMPLE_ID });
const SEARCH = 'industry=ecommerce&language=en&limit=10';

export const EXAMPLES = {
  list: `curl '${API_BASE}/vacancies?${SEARCH}'`,
  next: `curl '${API_BASE}/vacancies?${SEARCH}&cursor=${SAMPLE_CURSOR}'`,
  one: `curl '${API_BASE}/vacancies/${SAMPLE_SLUG}'`,
  etag: `curl -i '${API_BASE}/vacancies?${SEARCH}' -H 'If-None-Match: W/"Kq0bX2…"'`,
  catalogueFeed: `${SITE_URL}/vacancies/feed.xml?industry=finance&schedule=shift&chatOnly=1`,
  companyFeed: `${SITE_URL}/companies/<slug>/feed.xml`,
  suggest: `curl '${API_BASE}/suggest?q=%D0%BA%D0%B0%D0%B7'`,
  salaries: `curl '${API_BASE}/salaries?currency=USD&locale=en'`,
};

/** One item of a list answer, in the page's language (the texts are a made-up vacancy). */
export function sampleVacancy(locale: 'ru' | 'en', text: { title: string; company: string }): string {
  const sample: ApiVacancyJson = {
    id: SAMPLE_ID,
    slug: SAMPLE_SLUG,
    url: localizedUrl(`/vacancies/${SAMPLE_SLUG}`, locale),
    title: text.title,
    company: { name: text.company, slug: 'myagkiy-chat', url: localizedUrl('/companies/myagkiy-chat', locale) },
    salary: { from: 45000, to: 60000, currency: 'RUB', period: 'month', gross: false, minRubMonthly: 45000, maxRubMonthly: 60000 },
    industry: 'ecommerce',
    schedule: 'shift',
    employment: 'full',
    experience: 'noExperience',
    shiftPattern: '2/2',
    shifts: [{ start: '21:00', end: '09:00', timeZone: 'Europe/Moscow' }],
    languages: [
      { code: 'ru', level: 'native' },
      { code: 'en', level: 'B1' },
    ],
    flags: { chatOnly: true, training: true, abroad: true, nightShifts: true, weekendWork: true, equipmentProvided: false },
    publishedAt: '2026-12-01T09:00:00.000Z',
    expiresAt: '2026-12-31T09:00:00.000Z',
  };
  return JSON.stringify(sample, null, 2);
}

/** An answer of /api/v1/suggest for "каз" ("kaz" in English), in the page's language (made-up figures). */
export function sampleSuggestions(locale: 'ru' | 'en'): string {
  const en = locale === 'en';
  const catalogue = en ? '/en/vacancies' : '/vacancies';
  const sample: ApiSuggestionsJson = {
    q: en ? 'kaz' : 'каз',
    suggestions: [
      { kind: 'vocabulary', text: en ? 'Kazakh' : 'Казахский язык', href: `${catalogue}?language=kk`, count: 11, filter: { param: 'language', value: 'kk' } },
      { kind: 'company', text: 'KazChat', href: `${en ? '/en' : ''}/companies/kazchat`, count: 3 },
      { kind: 'title', text: 'Chat support operator with Kazakh', href: `${catalogue}?q=Chat+support+operator+with+Kazakh`, count: 2 },
    ],
  };
  return JSON.stringify(sample, null, 2);
}
