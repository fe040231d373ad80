import { describe, expect, it } from 'vitest';
import * as vocabularies from '../lib/vocabularies';
import { MESSAGES } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const catalogs = { ru: flatten(MESSAGES.ru), en: flatten(MESSAGES.en) };

// vocab.<field> → the ids in lib/vocabularies.ts that need a label.
const vocabularyFields: Record<string, readonly string[]> = {
  industry: vocabularies.INDUSTRIES,
  schedule: vocabularies.SCHEDULES,
  employment: vocabularies.EMPLOYMENTS,
  experience: vocabularies.EXPERIENCES,
  salaryPeriod: vocabularies.SALARY_PERIODS,
  currency: vocabularies.CURRENCIES,
  language: vocabularies.LANGUAGES,
  languageLevel: vocabularies.LANGUAGE_LEVELS,
  contractType: vocabularies.CONTRACT_TYPES,
  vacancyStatus: vocabularies.VACANCY_STATUSES,
  applyMode: vocabularies.APPLY_MODES,
  applicationStatus: vocabularies.APPLICATION_STATUSES,
  userRole: vocabularies.USER_ROLES,
  memberRole: vocabularies.MEMBER_ROLES,
  reportCategory: vocabularies.REPORT_CATEGORIES,
};

describe('message catalogs', () => {
  it('ru and en have exactly the same keys', () => {
    const ruKeys = [...catalogs.ru.keys()].sort();
    const enKeys = [...catalogs.en.keys()].sort();
    expect(enKeys.filter((k) => !catalogs.ru.has(k))).toEqual([]);
    expect(ruKeys.filter((k) => !catalogs.en.has(k))).toEqual([]);
  });

  it.each(Object.entries(catalogs))('%s has no empty strings', (_locale, catalog) => {
    const empty = [...catalog].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(vocabularyFields))('labels every %s id in both languages', (field, ids) => {
    for (const catalog of Object.values(catalogs)) {
      const missing = ids.filter((id) => !catalog.has(`vocab.${field}.${id}`));
      expect(missing).toEqual([]);
    }
  });
});

describe('message keys used by the shared zod schemas', () => {
  it.each([
    ['lib/vacancies/editor-schemas.ts', 'vacancyForm.errors'],
    ['lib/accounts/schemas.ts', 'accounts.errors'],
    ['lib/companies/schemas.ts', 'companyForm.errors'],
    ['lib/applications/schemas.ts', 'apply.errors'],
    ['lib/moderation/report-schemas.ts', 'reports.errors'],
    ['lib/applications/pipeline-schemas.ts', 'applications.errors'],
  ])('%s has a message for every key it uses', async (file, namespace) => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL(`../${file}`, import.meta.url), 'utf8');
    const keys = [...source.matchAll(/E\('([A-Za-z]+)'\)/g)].map((m) => `${namespace}.${m[1]}`);
    expect(keys.length).toBeGreaterThan(5);
    for (const catalog of Object.values(catalogs)) expect(keys.filter((k) => !catalog.has(k))).toEqual([]);
  });
});
