// The contract of GET /api/v1/suggest: its parameters and its answer, as zod schemas. Strict like the
// rest of /api/v1: an unknown parameter, a broken percent-encoding, a control character or a `q` out
// of bounds is a 400 with the issues, never a guess.
import '@/lib/zod-setup';
import { z } from 'zod';
import { API_LOCALES, apiRegistry } from '@/lib/api/schemas';
import { SUGGESTION_KINDS } from './suggest-rank';
import { CONTROL_CHARACTERS, SUGGEST_QUERY_MAX, SUGGEST_QUERY_MIN } from './suggest-text';

export type Issue = z.core.$ZodIssue;

export const SuggestParams = {
  q: z
    .string()
    .trim()
    .min(SUGGEST_QUERY_MIN, `Type at least ${SUGGEST_QUERY_MIN} character.`)
    .max(SUGGEST_QUERY_MAX, `At most ${SUGGEST_QUERY_MAX} characters.`)
    .meta({ description: `What has been typed so far, ${SUGGEST_QUERY_MIN}–${SUGGEST_QUERY_MAX} characters. Case, ё/е and extra spaces do not matter; typos and the wrong keyboard layout are forgiven.` }),
  locale: z
    .enum(API_LOCALES)
    .default('ru')
    .meta({ description: 'Language of the filter suggestions and of the links: `ru` (the site root) or `en` (under /en).' }),
} as const;

export const SUGGEST_PARAMS: readonly string[] = Object.keys(SuggestParams);

export const ApiSuggestion = z.object({
  kind: z.enum(SUGGESTION_KINDS).meta({ description: '`vocabulary`: a catalogue filter; `company`: a company page; `title`: a search for that job title.' }),
  text: z.string(),
  href: z.string().startsWith('/').meta({ description: 'Path of the page it leads to on this site, in the requested language.' }),
  count: z.int().min(0).meta({ description: 'Open vacancies behind the suggestion.' }),
  filter: z.object({ param: z.string(), value: z.string() }).optional().meta({ description: 'For `vocabulary`: the catalogue parameter and value it applies.' }),
});

export const ApiSuggestions = z
  .object({ q: z.string(), suggestions: z.array(ApiSuggestion).max(20) })
  .register(apiRegistry, { id: 'Suggestions' });
export type ApiSuggestionsJson = z.infer<typeof ApiSuggestions>;

export type SuggestQuery = { q: string; locale: (typeof API_LOCALES)[number] };

const SHOWN = 80;
const clip = (value: string) => (value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);

/** The names of the parameters whose raw text is not valid percent-encoded UTF-8. */
function badlyEncoded(rawQuery: string): string[] {
  const bad: string[] = [];
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      const name = part.split('=')[0] ?? '';
      let shown = name;
      try {
        shown = decodeURIComponent(name);
      } catch {
        // The name itself is broken: report it as sent.
      }
      bad.push(clip(shown));
    }
  }
  return bad;
}

/** `url`'s query as the suggest endpoint reads it. */
export function parseSuggestQuery(url: URL): { ok: true; query: SuggestQuery } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const search = url.searchParams;

  for (const name of badlyEncoded(url.search.replace(/^\?/, ''))) {
    issues.push({ code: 'custom', path: [name], message: 'Not correctly encoded: percent-encode the value as UTF-8.' });
  }
  const unknown = [...new Set(search.keys())].filter((key) => !SUGGEST_PARAMS.includes(key));
  if (unknown.length) {
    const keys = unknown.slice(0, 10).map(clip);
    issues.push({ code: 'unrecognized_keys', keys, path: [], message: `Unknown parameters: ${keys.join(', ')}.` });
  }
  for (const key of SUGGEST_PARAMS) {
    if (search.getAll(key).length > 1) issues.push({ code: 'custom', path: [key], message: `Give ${key} once.` });
  }
  const reported = new Set(issues.map((i) => String(i.path[0])));
  for (const [key, value] of search) {
    if (!reported.has(key) && (CONTROL_CHARACTERS.test(key) || CONTROL_CHARACTERS.test(value))) {
      issues.push({ code: 'custom', path: [clip(key)], message: 'Control characters (such as NUL) are not allowed.', input: clip(value) });
      reported.add(key);
    }
  }

  const q = search.get('q');
  const parsed = z.object(SuggestParams).safeParse({ q: q ?? undefined, locale: search.get('locale') ?? undefined });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (reported.has(String(issue.path[0]))) continue;
      issues.push(typeof issue.input === 'string' ? ({ ...issue, input: clip(issue.input) } as Issue) : issue);
    }
  }
  if (issues.length || !parsed.success) return { ok: false, issues: issues.slice(0, 20) };
  return { ok: true, query: parsed.data };
}
