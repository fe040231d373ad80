import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, rfc822, writeRss, type RssChannel } from './rss';

const channel = (patch: Partial<RssChannel> = {}): RssChannel => ({
  title: 'Вакансии',
  link: 'https://chatshift.example/vacancies?q=a&industry=finance',
  self: 'https://chatshift.example/vacancies/feed.xml?q=a&industry=finance',
  description: 'Свежие вакансии',
  language: 'ru',
  lastBuildDate: new Date('2026-12-01T09:00:00Z'),
  ttl: 5,
  items: [],
  ...patch,
});

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&apos;');
  });

  it('drops characters XML 1.0 forbids and keeps the rest, astral ones included', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(escapeXml('tab\tline\ncr\r 😀 ё')).toBe('tab\tline\ncr\r 😀 ё');
  });
});

describe('rfc822', () => {
  it('writes the RSS date form', () => {
    expect(rfc822(new Date('2026-12-01T09:05:03Z'))).toBe('Tue, 01 Dec 2026 09:05:03 GMT');
  });
});

describe('writeRss', () => {
  it('writes a valid RSS 2.0 document whose texts read back exactly', () => {
    const hostile = `<script>alert(1)</script> & "quotes" 'apos' ]]> \u0000NUL`;
    const xml = writeRss(
      channel({
        title: hostile,
        items: [
          {
            title: hostile,
            link: 'https://chatshift.example/vacancies/a?x=1&y=2',
            pubDate: new Date('2026-12-01T09:00:00Z'),
            description: `45 000 ₽ · ${hostile}`,
            categories: ['Банки & финтех'],
          },
        ],
      }),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0000');

    const { rss } = parse(xml);
    expect(rss['@_version']).toBe('2.0');
    const expected = hostile.replace('\u0000', '');
    expect(rss.channel.title).toBe(expected);
    expect(rss.channel['atom:link']['@_rel']).toBe('self');
    expect(rss.channel['atom:link']['@_href']).toBe('https://chatshift.example/vacancies/feed.xml?q=a&industry=finance');
    const item = rss.channel.item;
    expect(item.title).toBe(expected);
    expect(item.link).toBe('https://chatshift.example/vacancies/a?x=1&y=2');
    expect(item.guid['#text']).toBe(item.link);
    expect(item.guid['@_isPermaLink']).toBe('true');
    expect(item.pubDate).toBe('Tue, 01 Dec 2026 09:00:00 GMT');
    expect(item.description).toBe(`45 000 ₽ · ${expected}`);
    expect(item.category).toBe('Банки & финтех');
  });

  it('writes an empty channel', () => {
    const xml = writeRss(channel({ ttl: undefined }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).rss.channel.item).toBeUndefined();
    expect(xml).not.toContain('<ttl>');
  });
});
