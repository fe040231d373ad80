// A tiny RSS 2.0 writer: every text and attribute is escaped here, so callers pass plain strings.

export type RssItem = {
  title: string;
  /** Absolute URL; also the item's guid (isPermaLink). */
  link: string;
  pubDate: Date;
  /** Plain text. */
  description: string;
  categories?: readonly string[];
};

export type RssChannel = {
  title: string;
  /** The HTML page the feed follows. */
  link: string;
  /** The feed's own URL (atom:link rel="self", as feed validators ask). */
  self: string;
  description: string;
  /** BCP 47, e.g. `ru`. */
  language: string;
  lastBuildDate: Date;
  /** Minutes a reader may cache the feed. */
  ttl?: number;
  items: readonly RssItem[];
};

// XML 1.0 allows tab, LF, CR and the ranges below; anything else (NUL, other C0 controls, lone
// surrogates, U+FFFE/U+FFFF) makes the whole document unreadable, so it is dropped.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** RFC 822 date-time as RSS 2.0 wants it: `Tue, 01 Dec 2026 09:00:00 GMT`. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function item(i: RssItem): string {
  return [
    '<item>',
    element('title', i.title),
    element('link', i.link),
    `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
    element('pubDate', rfc822(i.pubDate)),
    element('description', i.description),
    ...(i.categories ?? []).map((c) => element('category', c)),
    '</item>',
  ].join('');
}

export function writeRss(channel: RssChannel): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822(channel.lastBuildDate)),
    element('generator', 'ChatShift'),
    ...(channel.ttl === undefined ? [] : [element('ttl', String(channel.ttl))]),
    ...channel.items.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
