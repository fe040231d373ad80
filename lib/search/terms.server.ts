import 'server-only';
import { db } from '@/lib/db';
import { prismaRunner } from '@/lib/sql-runner';
import { refreshSearchTermsWith, type SearchTermsResult } from './terms';

/** The `search-terms` job: rebuild search_terms from the open vacancies, in one transaction. */
export async function refreshSearchTerms(): Promise<SearchTermsResult> {
  return db.$transaction(
    (tx) => refreshSearchTermsWith(prismaRunner(tx)),
    { timeout: 120_000, maxWait: 10_000 },
  );
}
