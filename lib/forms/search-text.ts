import '@/lib/zod-setup';
import { z } from 'zod';
import { withoutNul } from './clean';

export const SEARCH_TEXT_MAX = 200;

/** A search box's value from the URL as text for SQL: the first value, NUL bytes removed, trimmed; blank = none. */
export const searchText = (value: unknown): unknown => {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? withoutNul(one).trim() || undefined : one;
};

/** For list pages: a search that does not fit (too long, not text) is ignored, never an error. */
export const LenientSearchTextSchema = z.preprocess(searchText, z.string().max(SEARCH_TEXT_MAX).optional().catch(undefined));
