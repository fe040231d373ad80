import { describe, expect, it } from 'vitest';
import { buildVacancy, salaryShare, type BuildContext, type VacancyRow } from './build-vacancies';
import { SEED_COMPANIES, SEED_VACANCY_TEMPLATES } from './content';
import { TEMPLATE_WORK } from './content/work';
import { createRng } from './random';
import { NIGHT_WORDS, PART_TIME_WORDS } from './titles';
import { coversNight, FULL_TIME_HOURS } from './work-plans';

const NOW = new Date('2026-12-04T10:00:00Z');
const RATES = { RUB: 1, USD: 92, EUR: 99.5, KZT: 0.18, BYN: 28.2, UZS: 0.0073 };

function build(count: number, seed = 42): VacancyRow[] {
  const rng = createRng(seed);
  const companies = SEED_COMPANIES.map((c) => ({ id: rng.uuid(), slug: c.slug, name: c.name, country: c.country, website: c.website, industry: c.industry }));
  const ctx: BuildContext = { rng, now: NOW, rates: RATES, templates: SEED_VACANCY_TEMPLATES, companies, authors: new Map() };
  return Array.from({ length: count }, (_, i) => buildVacancy(ctx, i));
}

describe('generated vacancies', () => {
  const vacancies = build(3_000);

  it('are the same for the same seed', () => {
    expect(build(50)).toEqual(build(50));
    expect(build(50, 7)).not.toEqual(build(50));
  });

  it('have a working week for every template', () => {
    for (const t of SEED_VACANCY_TEMPLATES) expect(TEMPLATE_WORK[t.key], t.key).toBeDefined();
  });

  it('never contradict themselves: schedule, pattern, hours and employment agree', () => {
    for (const v of vacancies) {
      const label = `${v.title}: ${v.schedule} ${v.shiftPattern} ${v.hoursPerWeek} h ${v.employment}`;
      if (v.schedule === 'fullDay') expect([v.shiftPattern, v.hoursPerWeek, v.employment], label).toEqual(['5/2', 40, 'full']);
      if (v.schedule === 'shift') expect(v.shiftPattern, label).toMatch(/^\d\/\d$/);
      if (v.employment === 'full') expect(v.hoursPerWeek!, label).toBeGreaterThanOrEqual(FULL_TIME_HOURS);
      else expect(v.hoursPerWeek!, label).toBeLessThan(FULL_TIME_HOURS);
      if (v.employment === 'project') expect(v.schedule, label).toBe('flexible');
      expect(v.nightShifts, label).toBe(v.slots.some((s) => coversNight([s.startMinute, s.endMinute])));
      if (v.salaryPeriod === 'shift') expect(v.schedule, label).toBe('shift');
    }
  });

  it('say night or part-time in the title only when the ad is so, and always for night work', () => {
    for (const v of vacancies) {
      expect(NIGHT_WORDS.test(v.title), v.title).toBe(v.nightShifts);
      if (PART_TIME_WORDS.test(v.title)) expect(v.employment, v.title).toBe('part');
    }
  });

  it('never put two parentheses in a row in a title', () => {
    for (const v of vacancies) expect(v.title, v.title).not.toMatch(/\)\s*\(/);
  });

  it('vary their titles', () => {
    const titles = new Set(vacancies.map((v) => v.title));
    expect(titles.size).toBeGreaterThan(SEED_VACANCY_TEMPLATES.length * 4);
    // The six newest (what the home page shows) repeat no title.
    const newest = vacancies.filter((v) => v.status === 'published').sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime()).slice(0, 6);
    expect(new Set(newest.map((v) => v.title)).size).toBe(6);
  });

  it('state a salary in most ads, more often in the newest', () => {
    const stated = (list: VacancyRow[]) => list.filter((v) => v.salaryCurrency).length / list.length;
    const published = vacancies.filter((v) => v.status === 'published');
    const age = (v: VacancyRow) => (NOW.getTime() - v.publishedAt!.getTime()) / 86_400_000;
    const fresh = published.filter((v) => age(v) <= 3);
    const old = published.filter((v) => age(v) > 10);
    expect(stated(vacancies)).toBeGreaterThan(0.7);
    expect(stated(vacancies)).toBeLessThan(0.9);
    expect(stated(fresh)).toBeGreaterThan(stated(old) + 0.1);
    expect(salaryShare(0)).toBeGreaterThan(salaryShare(20));
  });
});
