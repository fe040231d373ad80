import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/vacancies/search-params';
import { detectAdLanguage } from './ad-language';
import { DICTIONARY } from './dictionary';
import { ndcgAtK, recallAtK } from './relevance';
import { isDictionaryWord, partTsQuery, tokenize, understandQuery, wordsToTsQuery } from './understand';
import { applySuggestion, filterSuggestions } from './understanding';

const summary = (q: string) =>
  understandQuery(q).parts.map((p) => (p.kind === 'vocabulary' ? `${p.entries.map((e) => `${e.field}:${e.value ?? ''}`).join('+')}` : `${p.kind}:${p.tokens.join(' ')}`));

describe('tokenize', () => {
  it('lower-cases, writes ё as е, keeps shift patterns whole and drops tsquery syntax', () => {
    expect(tokenize('Оператор ЧАТА, 2/2 — ёлка')).toEqual(['оператор', 'чата', '2/2', 'елка']);
    expect(tokenize("it's & | ! :* (x)")).toEqual(['it', 's', 'x']);
    expect(tokenize('!!! ???')).toEqual([]);
    expect(tokenize('a '.repeat(5000))).toHaveLength(8);
  });
});

describe('understandQuery', () => {
  it('reads vocabulary values in both languages and any ending', () => {
    expect(summary('казахский')).toEqual(['language:kk']);
    expect(summary('со знанием казахского языка')).toEqual(['language:kk']);
    expect(summary('kazakh')).toEqual(['language:kk']);
    expect(summary('без опыта')).toEqual(['experience:noExperience']);
    expect(summary('ночные смены')).toEqual(['nightShifts:']);
    expect(summary('2/2')).toEqual(['shiftPattern:2/2']);
    expect(summary('работа в выходные')).toEqual(['weekendWork:']);
    expect(summary('только чат')).toEqual(['chatOnly:']);
    expect(summary('зарплата в долларах')).toEqual(['currency:USD']);
  });

  it('prefers the longest phrase: «белорусские рубли» is a currency, «белорусский язык» a language', () => {
    expect(summary('белорусские рубли')).toEqual(['currency:BYN']);
    expect(summary('белорусский язык')).toEqual(['language:be']);
  });

  it('reads the names of the profession as one concept', () => {
    for (const q of ['оператор чата', 'чат-оператор', 'специалист поддержки', 'саппорт', 'support agent', 'customer service']) {
      const parts = understandQuery(q).parts;
      expect(parts, q).toHaveLength(1);
      expect(parts[0]!.kind, q).toBe('concept');
    }
    const concept = partTsQuery(understandQuery('саппорт').parts[0]!)!;
    expect(concept).toContain('(оператор:* & чат:*)');
    expect(concept).toContain('(customer & service)');
  });

  it('keeps other words as words, the last one as a prefix, and drops filler', () => {
    expect(summary('оператор банка ночью')).toEqual(['word:оператор', 'industry:finance', 'nightShifts:']);
    const parts = understandQuery('работа операт').parts;
    expect(parts).toEqual([{ kind: 'word', tokens: ['операт'], prefix: true }]);
    expect(partTsQuery(parts[0]!)).toBe('(операт:*)');
    expect(understandQuery('работа').parts).toEqual([]);
  });

  it('gives field-only phrases no text to match', () => {
    expect(partTsQuery(understandQuery('без опыта').parts[0]!)).toBeNull();
    expect(partTsQuery(understandQuery('казахский').parts[0]!)).toBe('(казахский)');
    expect(wordsToTsQuery(['2/2'])).toBeNull();
  });

  it('knows its own words, so they are never "corrected"', () => {
    expect(isDictionaryWord('казахскому')).toBe(true);
    expect(isDictionaryWord('саппорт')).toBe(true);
    expect(isDictionaryWord('бухгалтер')).toBe(false);
  });

  it('has a value in the vocabularies for every entry that names one', () => {
    for (const e of DICTIONARY) if (['industry', 'schedule', 'employment', 'experience', 'language'].includes(e.field)) expect(e.value, JSON.stringify(e)).toBeTruthy();
  });
});

describe('filter suggestions', () => {
  it('offers the filters the words name, except those already applied, and takes the words out of q', () => {
    const filters = { ...EMPTY_FILTERS, q: 'оператор казахский без опыта', industry: [] };
    const suggestions = filterSuggestions(understandQuery(filters.q), filters);
    expect(suggestions.map((s) => `${s.field}:${s.value}`)).toEqual(['language:kk', 'experience:noExperience']);
    const applied = applySuggestion(filters, suggestions[0]!);
    expect(applied).toMatchObject({ q: 'оператор без опыта', language: ['kk'], page: 1 });
    const already = filterSuggestions(understandQuery('казахский'), { ...EMPTY_FILTERS, language: ['kk'] });
    expect(already).toEqual([]);
    const alone = applySuggestion({ ...EMPTY_FILTERS, q: 'с обучением', sort: 'relevance' }, filterSuggestions(understandQuery('с обучением'), EMPTY_FILTERS)[0]!);
    expect(alone).toMatchObject({ q: null, training: true, sort: null });
  });
});

describe('detectAdLanguage', () => {
  it('picks the script with more letters', () => {
    expect(detectAdLanguage('Chat support operator', 'We are hiring, знание русского языка')).toBe('en');
    expect(detectAdLanguage('Оператор чата', 'Работа в Zendesk и Jira')).toBe('ru');
  });
});

describe('relevance measures', () => {
  it('recall@10 counts relevant results out of as many as fit', () => {
    expect(recallAtK([2, 0, 1], 2)).toBe(1);
    expect(recallAtK([0, 0, 1], 20)).toBeCloseTo(0.1);
    expect(recallAtK([], 0)).toBe(1);
  });
  it('nDCG@10 is 1 for the ideal order and less otherwise', () => {
    expect(ndcgAtK([2, 1, 0], [0, 1, 2])).toBe(1);
    expect(ndcgAtK([0, 1, 2], [0, 1, 2])).toBeLessThan(0.7);
  });
});
