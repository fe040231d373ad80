import type { Employment, Experience, Industry, Schedule } from '@/lib/vocabularies';

// A draft may lack its classification until it is submitted; every other status has it (the
// vacancies_complete CHECK in the database). Readers of public, reviewed or listed vacancies narrow with these.

type Classification = { industry: Industry | null; schedule: Schedule | null; employment: Employment | null; experience: Experience | null };

export type Classified<T extends Classification> = T & {
  industry: NonNullable<T['industry']>;
  schedule: NonNullable<T['schedule']>;
  employment: NonNullable<T['employment']>;
  experience: NonNullable<T['experience']>;
};

export const isClassified = <T extends Classification>(row: T): row is Classified<T> =>
  row.industry !== null && row.schedule !== null && row.employment !== null && row.experience !== null;

/** The row, narrowed; throws for an incomplete draft, which no public or reviewed reader should ever get. */
export function classified<T extends Classification>(row: T): Classified<T> {
  if (!isClassified(row)) throw new Error('An incomplete draft reached a reader of complete vacancies');
  return row;
}
