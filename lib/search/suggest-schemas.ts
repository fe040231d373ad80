// The contract of GET /api/v1/suggest: its parameters and its answer, as zod schemas. Strict like the
// rest of /api/v1: an unknown parameter, a broken percent-encoding, a control character or a `q` out
// of bounds is a 400 with the issues, never a guess.
import '@/lib/zod-setup';
import { z } from 'zod';
import { parseStrictQuery, type Issue } from '@/lib/api/params';
import { ApiOnlyParams, apiRegistry, type ApiLocale } from '@/lib/api/schemas';
import { SUGGESTION_KINDS } from './suggest-rank';
import { SUGGEST_QUERY_MAX, SUGGEST_QUERY_MIN } from './suggest-text';

export const SuggestParams = {
  q: z
    .string()
    .trim()
    .min(SUGGEST_QUERY_MIN, `Type at least ${SUGGEST_QUERY_MIN} character.`)
    .max(SUGGEST_QUERY_MAX, `At most ${SUGGEST_QUERY_MAX} characters.`)
    .meta({ description: `What has been typed so far, ${SUGGEST_QUERY_MIN}–${SUGGEST_QUERY_MAX} characters. Case, ё/е and extra spaces do not matter; typos and the wrong keyboard layout are forgiven.` }),
  locale: ApiOnlyParams.locale.meta({ description: 'Language of the filter suggestions and of the links: `ru` (the site root) or `en` (under /en).' }),
} as const;

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

export type SuggestQuery = { q: string; locale: ApiLocale };

/** `url`'s query as the suggest endpoint reads it (strict, like the rest of /api/v1). */
export function parseSuggestQuery(url: URL): { ok: true; query: SuggestQuery } | { ok: false; issues: Issue[] } {
  const parsed = parseStrictQuery(url, SuggestParams);
  return parsed.ok ? { ok: true, query: parsed.data } : parsed;
}
