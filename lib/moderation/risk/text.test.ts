import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseBefore, findAll, makeText, normalize, rx, sentenceOf } from './text';

describe('normalize', () => {
  it('unifies look-alike letters inside mixed words, ё and quotes, keeping the length', () => {
    expect(normalize('Oплата тeлеграм')).toBe('Оплата телеграм');
    expect(normalize('pаy')).toBe('pay');
    expect(normalize('Ёлка, don\u2019t\u00a0pay')).toBe("Елка, don't pay");
    expect(normalize('ОблакоCRM Telegram')).toBe('ОблакоСRМ Telegram');
  });

  it('never changes the length, so offsets map back to the raw text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalize(s).length).toBe(s.length);
      }),
    );
  });
});

describe('rx', () => {
  it('matches word endings, whitespace runs and short gaps', () => {
    expect('оплатите обучение'.match(rx('оплат~ обучени~'))).toEqual(['оплатите обучение']);
    expect('оплатить  курс\nобучения'.match(rx('оплат~…обучени~'))).toEqual(['оплатить  курс\nобучения']);
    expect('WhatsApp и Whats App'.match(rx('whats ?app'))).toEqual(['WhatsApp', 'Whats App']);
  });

  it('keeps whole words: "платное" is not found inside "бесплатное"', () => {
    expect('бесплатное обучение'.match(rx('платн~'))).toBeNull();
    expect('обучение платное'.match(rx('платн~'))).toEqual(['платное']);
  });

  it('does not reach over punctuation or more than three words', () => {
    expect('оплата, обучение'.match(rx('оплат~…обучени~'))).toBeNull();
    expect('оплата раз два три четыре обучение'.match(rx('оплат~…обучени~'))).toBeNull();
  });
});

describe('findAll and context windows', () => {
  const text = makeText(['Заголовок', 'Обучение бесплатное, но оплатите доступ. Потом работа.']);

  it('returns raw substrings, earliest first, keeping the longest of overlapping matches', () => {
    const found = findAll(text, [rx('оплатите'), rx('оплатите доступ'), rx('работа')]);
    expect(found.map((m) => m.text)).toEqual(['оплатите доступ', 'работа']);
    expect(found.every((m) => text.raw.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('cuts sentences at full stops and fields, clauses at commas', () => {
    const [m] = findAll(text, [rx('оплатите')]);
    expect(sentenceOf(text, m!)).toBe('Обучение бесплатное, но оплатите доступ');
    expect(clauseBefore(text, m!)).toBe(' но ');
  });

  it('keeps "bit.ly" and "1.5" inside one sentence', () => {
    const t = makeText(['Анкета на bit.ly/x, ставка 1.5 тыс. в час.']);
    const [m] = findAll(t, [rx('ставк~')]);
    expect(sentenceOf(t, m!)).toBe('Анкета на bit.ly/x, ставка 1.5 тыс');
  });

  it('rejects a pattern without the global flag instead of looping', () => {
    expect(() => findAll(text, [/x/u])).toThrow(/global/);
  });
});
