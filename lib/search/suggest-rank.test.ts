import { describe, expect, it } from 'vitest';
import { MATCH, MAX_PER_KIND, rankSuggestions, type MatchTier, type SuggestCandidate, type SuggestionKind } from './suggest-rank';

let n = 0;
function candidate(kind: SuggestionKind, text: string, tier: MatchTier, weight = 1, extra: Partial<SuggestCandidate> = {}): SuggestCandidate {
  n += 1;
  return { kind, text, normalized: text.toLowerCase(), weight, tier, similarity: 0, href: `/x/${n}`, ...extra };
}

describe('rankSuggestions', () => {
  it('puts better matches first, whatever the weight', () => {
    const ranked = rankSuggestions([
      candidate('title', 'Оператор чата банка', MATCH.words, 500),
      candidate('title', 'Оператор чата', MATCH.prefix, 3),
      candidate('title', 'Оператр', MATCH.similar, 900, { similarity: 0.9 }),
      candidate('title', 'оператор', MATCH.exact, 1),
      candidate('title', 'Операционист', MATCH.layout, 50),
    ]);
    expect(ranked.map((c) => c.tier)).toEqual([MATCH.exact, MATCH.prefix, MATCH.words, MATCH.layout, MATCH.similar]);
  });

  it('orders equal matches by vacancies, a filter ahead of a title of about the same weight', () => {
    const ranked = rankSuggestions([
      candidate('title', 'Казахстан: оператор', MATCH.prefix, 10),
      candidate('vocabulary', 'Казахский язык', MATCH.prefix, 9),
      candidate('company', 'Казпочта', MATCH.prefix, 40),
    ]);
    expect(ranked.map((c) => c.text)).toEqual(['Казпочта', 'Казахский язык', 'Казахстан: оператор']);
  });

  it('orders typos by similarity first', () => {
    const ranked = rankSuggestions([
      candidate('title', 'far', MATCH.similar, 100, { similarity: 0.61 }),
      candidate('title', 'close', MATCH.similar, 1, { similarity: 0.9 }),
    ]);
    expect(ranked.map((c) => c.text)).toEqual(['close', 'far']);
  });

  it('shows one entry per destination, the best-matching synonym', () => {
    const ranked = rankSuggestions([
      candidate('vocabulary', 'Казахский', MATCH.words, 11, { href: '/vacancies?language=kk' }),
      candidate('vocabulary', 'Казахский язык', MATCH.prefix, 11, { href: '/vacancies?language=kk' }),
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.text).toBe('Казахский язык');
  });

  it('keeps room for other kinds, but fills the list with titles when nothing else is left', () => {
    const titles = Array.from({ length: 12 }, (_, i) => candidate('title', `Оператор ${i}`, MATCH.prefix, 100 - i));
    const mixed = rankSuggestions([...titles, candidate('company', 'Оптима', MATCH.words, 1), candidate('vocabulary', 'Обучение', MATCH.words, 1)]);
    expect(mixed).toHaveLength(8);
    expect(mixed.filter((c) => c.kind === 'title')).toHaveLength(MAX_PER_KIND + 1);
    expect(mixed.map((c) => c.kind)).toContain('company');
    expect(mixed.map((c) => c.kind)).toContain('vocabulary');

    const onlyTitles = rankSuggestions(titles);
    expect(onlyTitles.map((c) => c.text)).toEqual(titles.slice(0, 8).map((c) => c.text));
  });

  it('respects the limit and an empty input', () => {
    expect(rankSuggestions([], 8)).toEqual([]);
    expect(rankSuggestions([candidate('title', 'a', MATCH.prefix), candidate('title', 'b', MATCH.prefix)], 1)).toHaveLength(1);
  });
});
