// Titles as different employers write them: the template's title or one of its variants, sometimes
// with a detail of this very ad (night shifts, the shift pattern, part-time, no experience needed).
import type { Employment, Experience, LanguageLevel } from '../../lib/vocabularies';
import type { SeedVacancyTemplate } from './content';
import { TITLE_VARIANTS } from './content/work';
import type { Rng } from './random';

export type TitleFacts = {
  nightShifts: boolean;
  schedule: string;
  pattern: string | null;
  employment: Employment;
  experience: Experience;
  languages: readonly { language: string; level: LanguageLevel }[];
};

export const NIGHT_WORDS = /ноч|night/i;
export const PART_TIME_WORDS = /неполн|полстав|частичн|подработ|part-time|half-time|side job/i;

const QUALIFIERS = {
  night: { ru: ' (ночные смены)', en: ' (night shifts)' },
  noExperience: { ru: ' без опыта', en: ' (no experience needed)' },
  partTime: { ru: ' на неполный день', en: ' (part-time)' },
  project: { ru: ' (проектная занятость)', en: ' (project-based)' },
  english: { ru: ' с английским', en: ' with English' },
} as const;

/**
 * `base` with a detail: a detail in parentheses joins a parenthesis the title already ends with, so a title
 * reads «… (домашний интернет, график 2/2)», never «… (домашний интернет) (график 2/2)».
 */
export function withDetail(base: string, detail: string): string {
  const inner = /^ \((.+)\)$/.exec(detail)?.[1];
  return inner && base.endsWith(')') ? `${base.slice(0, -1)}, ${inner})` : base + detail;
}

export function pickTitle(template: SeedVacancyTemplate, locale: 'ru' | 'en', facts: TitleFacts, rng: Rng): string {
  const variants = TITLE_VARIANTS[template.key] ?? [];
  const options = [[template.title, 2] as const, ...variants.map((v) => [v, 1] as const)]
    // Project work is not advertised as part-time.
    .filter(([t]) => facts.employment !== 'project' || !PART_TIME_WORDS.test(t[locale]));
  const base = rng.weighted(options.length ? options : [[template.title, 1] as const])[locale];
  // A night job says so in its title; other details are added to some titles only.
  if (facts.nightShifts && !NIGHT_WORDS.test(base)) return withDetail(base, QUALIFIERS.night[locale]);
  const details: string[] = [];
  if (facts.experience === 'noExperience' && template.seniority === 'entry') details.push(QUALIFIERS.noExperience[locale]);
  if (facts.schedule === 'shift' && facts.pattern && !facts.nightShifts) details.push(locale === 'ru' ? ` (график ${facts.pattern})` : ` (${facts.pattern} shifts)`);
  if (facts.employment === 'part' && !PART_TIME_WORDS.test(base)) details.push(QUALIFIERS.partTime[locale]);
  if (facts.employment === 'project') details.push(QUALIFIERS.project[locale]);
  const english = facts.languages.find((l) => l.language === 'en');
  if (english && template.foreignLanguage !== 'en' && ['B2', 'C1', 'C2', 'native'].includes(english.level)) details.push(QUALIFIERS.english[locale]);
  return details.length && rng.chance(0.5) ? withDetail(base, rng.pick(details)) : base;
}
