import { describe, expect, it } from 'vitest';
import { filterHref, suggestionLink, titleHref } from './suggest-links';

describe('suggestion links', () => {
  it('leads a vocabulary value to the filtered catalogue in the visitor’s language', () => {
    expect(suggestionLink('vocabulary', 'Казахский язык', { param: 'language', value: 'kk' }, 'ru')).toEqual({
      href: '/vacancies?language=kk',
      filter: { param: 'language', value: 'kk' },
    });
    expect(suggestionLink('vocabulary', 'No experience', { param: 'experience', value: 'noExperience' }, 'en')?.href).toBe(
      '/en/vacancies?experience=noExperience',
    );
    expect(filterHref({ param: 'chatOnly', value: '1' }, 'ru')).toBe('/vacancies?chatOnly=1');
  });

  it('drops a vocabulary target the catalogue would ignore', () => {
    expect(suggestionLink('vocabulary', 'x', { param: 'industry', value: 'mining' }, 'ru')).toBeNull();
    expect(suggestionLink('vocabulary', 'x', { param: 'noSuchFilter', value: '1' }, 'ru')).toBeNull();
    expect(suggestionLink('vocabulary', 'x', { param: 'q', value: 'чат' }, 'ru')).toBeNull();
    expect(suggestionLink('vocabulary', 'x', { param: 'chatOnly', value: '0' }, 'ru')).toBeNull();
    expect(suggestionLink('vocabulary', 'x', null, 'ru')).toBeNull();
    expect(suggestionLink('vocabulary', 'x', { param: 'language' }, 'ru')).toBeNull();
  });

  it('leads a company to its page, and refuses a slug that is not one', () => {
    expect(suggestionLink('company', 'Shopline', { slug: 'shopline' }, 'ru')).toEqual({ href: '/companies/shopline' });
    expect(suggestionLink('company', 'Shopline', { slug: 'shopline' }, 'en')).toEqual({ href: '/en/companies/shopline' });
    expect(suggestionLink('company', 'Evil', { slug: '../admin' }, 'ru')).toBeNull();
    expect(suggestionLink('company', 'Evil', { slug: '//evil.example' }, 'ru')).toBeNull();
  });

  it('leads a title to a catalogue search for it', () => {
    expect(titleHref('Оператор чата', 'ru')).toBe('/vacancies?q=%D0%9E%D0%BF%D0%B5%D1%80%D0%B0%D1%82%D0%BE%D1%80+%D1%87%D0%B0%D1%82%D0%B0');
    expect(suggestionLink('title', 'Chat agent', null, 'en')).toEqual({ href: '/en/vacancies?q=Chat+agent' });
  });
});
