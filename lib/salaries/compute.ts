// Rows in, snapshot out: every breakdown of /salaries from one pass over the vacancies (pure, unit-tested).
import type { Rates } from '@/lib/salary/normalize';
import { CURRENCIES, EXPERIENCES, INDUSTRIES, LANGUAGE_LEVELS, SCHEDULES, type Industry, type LanguageLevel, type Schedule } from '@/lib/vocabularies';
import { histogram, lastWeeks, summarize, weekKey } from './stats';
import { MIN_SAMPLE, SNAPSHOT_VERSION, WEEKS, type Cell, type Histogram, type Keyed, type LanguageStat, type SalaryRow, type SalarySnapshot } from './types';

/** The figure a vacancy contributes: the middle of its normalized monthly range (a one-sided salary is a point). */
export const midpoint = (row: Pick<SalaryRow, 'minRub' | 'maxRub'>) => (row.minRub + row.maxRub) / 2;

/** Values grouped by key, remembering the keys in first-seen order. */
class Groups {
  private readonly map = new Map<string, number[]>();
  add(key: string, value: number) {
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
  get(key: string): number[] {
    return this.map.get(key) ?? [];
  }
  entries() {
    return this.map.entries();
  }
}

function keyed<K extends string>(keys: readonly K[], groups: Groups, prefix: string): Keyed<K>[] {
  return keys.map((key) => ({ key, ...summarize(groups.get(`${prefix}:${key}`)) }));
}

const LEVEL_ORDER = new Map(LANGUAGE_LEVELS.map((l, i) => [l, i]));

export type ComputeInput = { rows: readonly SalaryRow[]; live: number; now: Date; rates: Rates };

export function computeSnapshot({ rows, live, now, rates }: ComputeInput): SalarySnapshot {
  const groups = new Groups();
  const all: number[] = [];
  const weeks = new Groups();
  const languages = new Map<string, Set<LanguageLevel>>();
  const cells = new Groups();

  for (const row of rows) {
    const value = midpoint(row);
    if (row.publishedMs !== null) weeks.add(weekKey(row.publishedMs), value);
    if (!row.live) continue;
    all.push(value);
    groups.add(`industry:${row.industry}`, value);
    groups.add(`schedule:${row.schedule}`, value);
    groups.add(`experience:${row.experience}`, value);
    groups.add(`training:${row.training ? 'provided' : 'none'}`, value);
    groups.add(`channel:${row.voice ? 'voice' : 'chatOnly'}`, value);
    cells.add(`${row.industry}||`, value);
    cells.add(`${row.industry}||${row.schedule}`, value);
    for (const entry of row.languages) {
      const [code, level] = entry.split(':') as [string, LanguageLevel];
      groups.add(`language:${code}`, value);
      groups.add(`level:${code}:${level}`, value);
      const levels = languages.get(code) ?? new Set<LanguageLevel>();
      levels.add(level);
      languages.set(code, levels);
      cells.add(`${row.industry}|${code}|`, value);
      cells.add(`${row.industry}|${code}|${row.schedule}`, value);
    }
  }

  const byLanguage: LanguageStat[] = [...languages.entries()]
    .map(([code, levels]) => ({
      key: code,
      ...summarize(groups.get(`language:${code}`)),
      levels: [...levels]
        .sort((a, b) => (LEVEL_ORDER.get(a) ?? 99) - (LEVEL_ORDER.get(b) ?? 99))
        .map((level) => ({ key: level, ...summarize(groups.get(`level:${code}:${level}`)) })),
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

  const histograms: Histogram[] = [];
  for (const currency of CURRENCIES) {
    const rate = currency === 'RUB' ? 1 : rates[currency];
    // A currency without a usable rate gets no histogram; the page then shows roubles.
    if (!(typeof rate === 'number' && Number.isFinite(rate) && rate > 0)) continue;
    histograms.push({ currency, ...histogram(all.map((v) => v / rate)) });
  }

  const cellList: Cell[] = [];
  for (const [key, values] of cells.entries()) {
    if (values.length < MIN_SAMPLE) continue;
    const [industry, language, schedule] = key.split('|') as [Industry, string, string];
    const stat = summarize(values);
    cellList.push({
      industry,
      language: language || null,
      schedule: (schedule || null) as Schedule | null,
      count: stat.count,
      p25: stat.p25!,
      median: stat.median!,
      p75: stat.p75!,
    });
  }

  return {
    version: SNAPSHOT_VERSION,
    computedAt: now.toISOString(),
    live,
    overall: summarize(all),
    byIndustry: keyed(INDUSTRIES, groups, 'industry'),
    byLanguage,
    bySchedule: keyed(SCHEDULES, groups, 'schedule'),
    byExperience: keyed(EXPERIENCES, groups, 'experience'),
    byTraining: keyed(['provided', 'none'] as const, groups, 'training'),
    byChannel: keyed(['chatOnly', 'voice'] as const, groups, 'channel'),
    histograms,
    weekly: lastWeeks(now, WEEKS).map((week) => ({ week, ...summarize(weeks.get(week)) })),
    cells: cellList,
  };
}
