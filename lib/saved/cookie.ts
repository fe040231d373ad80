import '@/lib/zod-setup';
import { z } from 'zod';
import { SAVED_LIMIT } from './limits';

// Saved vacancies live in one cookie, so a visitor needs no account: vacancy ids, newest first,
// joined by dots (no character of a UUID, and nothing a browser or encodeURIComponent would escape).

export const SAVED_COOKIE = 'saved';
export { SAVED_LIMIT };
const SEPARATOR = '.';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
// No honest cookie is longer than the limit allows; a longer one is not worth splitting.
const MAX_RAW_LENGTH = SAVED_LIMIT * 40;

const VacancyId = z.uuid();

/** A vacancy id as stored: a UUID in lower case, or null for anything else. */
export function toSavedId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim().toLowerCase();
  return VacancyId.safeParse(id).success ? id : null;
}

/** The ids in a cookie value, newest first: anything that is not a UUID is skipped, duplicates and ids past the limit dropped. */
export function parseSavedIds(raw: unknown): string[] {
  if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) return [];
  const ids = new Set<string>();
  for (const part of raw.split(SEPARATOR)) {
    const id = toSavedId(part);
    if (id) ids.add(id);
    if (ids.size === SAVED_LIMIT) break;
  }
  return [...ids];
}

/** The cookie value for a list of ids, each checked again, so the value always parses back to the same list. */
export function serializeSavedIds(ids: readonly string[]): string {
  const valid = new Set(ids.flatMap((id) => toSavedId(id) ?? []));
  return [...valid].slice(0, SAVED_LIMIT).join(SEPARATOR);
}

/** The list after saving (moved to the front; the oldest falls off past the limit) or unsaving one id. */
export function withSaved(ids: readonly string[], id: string, saved: boolean): string[] {
  const rest = ids.filter((existing) => existing !== id);
  return saved ? [id, ...rest].slice(0, SAVED_LIMIT) : rest;
}

/** How the cookie is set: whole site, a year, not readable by scripts, not sent with cross-site requests. */
export function savedCookieOptions(https: boolean) {
  return { path: '/', maxAge: ONE_YEAR_SECONDS, httpOnly: true, sameSite: 'lax', secure: https } as const;
}
