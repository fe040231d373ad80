// Which market figures fit one vacancy (the vacancy page) or one draft (the editor): pure lookups in the snapshot's cells.
import type { Industry, Schedule } from '@/lib/vocabularies';
import { positionOf } from './stats';
import type { Cell } from './types';

export type CellIndex = Map<string, Cell>;

const cellKey = (industry: string, language: string | null, schedule: string | null) => `${industry}|${language ?? ''}|${schedule ?? ''}`;

export function indexCells(cells: readonly Cell[]): CellIndex {
  return new Map(cells.map((c) => [cellKey(c.industry, c.language, c.schedule), c]));
}

export function findCell(index: CellIndex, industry: string, language: string | null = null, schedule: string | null = null): Cell | null {
  return index.get(cellKey(industry, language, schedule)) ?? null;
}

export type Comparison = {
  /** The vacancy's own figure: the middle of its normalized monthly range. */
  value: number;
  cell: Cell;
  position: 'below' | 'around' | 'above';
};

/**
 * The vacancy against open vacancies of its industry that need the same support language. Russian is
 * asked for almost everywhere, so a vacancy with another language is compared on that one (the one with
 * the most vacancies behind it when there are several); otherwise on Russian; and when no such group
 * has enough vacancies, on the industry alone. Null without a salary or without enough data.
 */
export function compareWithMarket(
  index: CellIndex,
  vacancy: { industry: Industry; languages: readonly { language: string }[]; minRub: number | null; maxRub: number | null },
): Comparison | null {
  if (vacancy.minRub === null || vacancy.maxRub === null) return null;
  const value = (vacancy.minRub + vacancy.maxRub) / 2;
  const byLanguage = vacancy.languages
    .map((l) => findCell(index, vacancy.industry, l.language))
    .filter((c): c is Cell => c !== null)
    .sort((a, b) => Number(a.language === 'ru') - Number(b.language === 'ru') || b.count - a.count);
  const cell = byLanguage[0] ?? findCell(index, vacancy.industry);
  return cell ? { value, cell, position: positionOf(value, cell) } : null;
}

/**
 * The market ranges for the editor's current choices: the industry (with the schedule when one is chosen
 * and has enough data), then one line per chosen support language, again narrowed to the schedule when it can be.
 */
export function marketLines(index: CellIndex, draft: { industry: string; schedule: string; languages: readonly string[] }): Cell[] {
  if (!draft.industry) return [];
  const schedule = (draft.schedule || null) as Schedule | null;
  const narrowest = (language: string | null) =>
    (schedule && findCell(index, draft.industry, language, schedule)) || findCell(index, draft.industry, language);
  const lines: Cell[] = [];
  const industry = narrowest(null);
  if (industry) lines.push(industry);
  for (const language of new Set(draft.languages.filter(Boolean))) {
    const line = narrowest(language);
    if (line) lines.push(line);
  }
  return lines;
}
