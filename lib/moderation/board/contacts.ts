import type { ContactKind } from '@/lib/moderation/risk/types';

// Contacts in a vacancy, normalized so that one account written two ways is one value (decision 011,
// "Board-wide checks"): `+7 (900) 123-45-67`, `8 900 123 45 67` and `wa.me/79001234567` are all
// `+79001234567`; `t.me/Name`, `telegram.me/name` and `@name` are `@name`; a link is its site
// (`https://www.shop.example/jobs` → `shop.example`), except on sites where every account shares the host
// (messengers, social networks, forms, shorteners): there the account is the path (`vk.com/name`).

export type Contact = { kind: ContactKind; value: string };

const MAX_CHARS = 60_000;
const MAX_CONTACTS = 50;

// ───── phones ─────

// A leading +, 8 or 7 and a Russian-style grouping, or + and 10–14 digits written any way; never a bare
// number, so "от 60 000 до 80 000" is not a phone.
const PHONE = /(?<![\p{L}\p{N}])(?:\+\s?\d[\d\s().-]{8,20}\d|[87][\s(-]*9\d{2}[\s)-]*\d{3}[\s-]?\d{2}[\s-]?\d{2}|8[\s(-]*\d{3}[\s)-]*\d{3}[\s-]?\d{2}[\s-]?\d{2})(?![\p{L}\p{N}])/gu;
// "Премия +10 000 - 20 000 ₽": a sum or a range, however many digits it has.
const RANGE_INSIDE = /\s[-–—]\s|[–—]|(?:^|[\s-])000(?:$|[\s-])/u;
const MONEY_AFTER = /^\s*(?:₽|руб|р\.|р\b|тыс|k\b|к\b|\$|€|usd|eur|rub|в\s+(?:месяц|час|день|смену|неделю))/iu;

/** Digits of a phone number in international form, "+79001234567", or null when it is not one. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('8')) digits = `7${digits.slice(1)}`;
  else if (digits.length === 10 && digits.startsWith('9')) digits = `7${digits}`;
  if (digits.length < 10 || digits.length > 15) return null;
  return `+${digits}`;
}

// ───── Telegram ─────

const TELEGRAM_LINK = /(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.(?:me|dog)\/(?:s\/)?(\+?[A-Za-z0-9_-]{4,64})/giu;
// "@name", not the middle of an email ("hr@company.ru") or a word.
const TELEGRAM_HANDLE = /(?<![\p{L}\p{N}._%+\/-])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\p{L}\p{N}_@.-]*\.[a-z]{2,})/gu;
const TELEGRAM_RESERVED = new Set(['joinchat', 'share', 'addstickers', 'proxy', 'socks', 'iv', 'c', 's']);

function telegramValue(name: string): string | null {
  // Invite links ("t.me/+AbCd…") are case-sensitive secrets; user names are not.
  if (name.startsWith('+')) return name.length > 5 ? `t.me/${name}` : null;
  const handle = name.toLowerCase();
  return TELEGRAM_RESERVED.has(handle) ? null : `@${handle}`;
}

// ───── WhatsApp ─────

const WHATSAPP = /(?:https?:\/\/)?(?:wa\.me\/|(?:api\.|web\.)?whatsapp\.com\/send\/?\?phone=)\+?(\d{10,15})/giu;

// ───── email ─────

const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}(?![\p{L}\p{N}])/gu;

// ───── links ─────

// An explicit scheme or www., or a bare host with a common top-level domain ("shop.example.ru/jobs").
const URL_LIKE =
  /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![\p{L}\p{N}@._-])(?:[a-z0-9-]+\.)+(?:ru|su|com|net|org|io|me|info|biz|online|site|pro|xyz|top|club|shop|store|app|dev|kz|by|ua|uz|am|ge|de|co|cc|ly|gl|gle|link|page|space|work|jobs)(?:\/[^\s<>"'()]*)?(?![\p{L}\p{N}-])/giu;

/** Hosts every user shares: the account is in the path. Value = host + the first path segments. */
const SHARED_HOSTS: Record<string, number> = {
  'vk.com': 1, 'vk.ru': 1, 'm.vk.com': 1, 'ok.ru': 2, 'instagram.com': 1, 'facebook.com': 1, 'fb.com': 1, 'x.com': 1,
  'twitter.com': 1, 'tiktok.com': 1, 'youtube.com': 1, 'youtu.be': 1, 'linkedin.com': 2, 'github.com': 1,
  'docs.google.com': 4, 'forms.gle': 1, 'drive.google.com': 4, 'sites.google.com': 3, 'forms.yandex.ru': 3,
  'disk.yandex.ru': 2, 'clck.ru': 1, 'bit.ly': 1, 'tinyurl.com': 1, 'cutt.ly': 1, 'goo.gl': 1, 'is.gd': 1,
  'vk.cc': 1, 'rebrand.ly': 1, 'tilda.ws': 0, 'taplink.cc': 1, 'linktr.ee': 1, 'hh.ru': 2, 'career.habr.com': 2,
  'avito.ru': 3, 'superjob.ru': 2, 'zarplata.ru': 2, 'viber.com': 1, 'icq.im': 1, 'skype.com': 1,
};
/** Second-level suffixes under which a registrable domain has three labels. */
const SECOND_LEVEL = new Set(['com.ru', 'net.ru', 'org.ru', 'pp.ru', 'msk.ru', 'spb.ru', 'co.uk', 'com.ua', 'com.by', 'com.kz', 'co.il', 'com.tr', 'com.br', 'tilda.ws', 'narod.ru', 'ucoz.ru']);
/**
 * Hosts that are never anyone's contact: messengers (read on their own), and public sites an ad names in
 * passing — marketplaces whose buyers the operator serves, government services, maps, search. (Contacts that
 * over ten companies carry are treated as public too: checks.server.ts.)
 */
const IGNORED_HOSTS = new Set([
  't.me', 'telegram.me', 'telegram.dog', 'wa.me', 'whatsapp.com', 'api.whatsapp.com', 'web.whatsapp.com', 'localhost',
  'ozon.ru', 'wildberries.ru', 'wb.ru', 'market.yandex.ru', 'megamarket.ru', 'aliexpress.ru', 'avito.ru', 'lamoda.ru', 'dns-shop.ru',
  'nalog.ru', 'nalog.gov.ru', 'lknpd.nalog.ru', 'gosuslugi.ru', 'pfr.gov.ru', 'sfr.gov.ru', 'cbr.ru', 'consultant.ru', 'garant.ru',
  'yandex.ru', 'ya.ru', 'google.com', 'google.ru', 'maps.google.com', 'yandex.ru/maps', 'wikipedia.org', 'ru.wikipedia.org',
  'zoom.us', 'skype.com', 'microsoft.com', 'apple.com', 'play.google.com', 'apps.apple.com', 'rustore.ru',
]);
/** On shared hosts, paths that name a post, a video or a page of the site rather than an account. */
const NOT_AN_ACCOUNT = new Set(['watch', 'p', 'reel', 'reels', 'shorts', 'embed', 'video', 'photo', 'story', 'stories', 'maps', 'search', 'share', 'sharer', 'login', 'help', 'about']);

/** A link's site as a contact value, or null for non-contacts (messengers are handled on their own). */
export function normalizeLink(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (!host.includes('.') || IGNORED_HOSTS.has(host)) return null;
  const segments = SHARED_HOSTS[host];
  if (segments !== undefined) {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] && NOT_AN_ACCOUNT.has(parts[0].toLowerCase())) return null;
    const path = parts.slice(0, segments).join('/').toLowerCase();
    return path ? `${host}/${path}` : null;
  }
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL.has(lastTwo) ? 3 : 2;
  const site = labels.slice(-keep).join('.');
  return IGNORED_HOSTS.has(site) ? null : site;
}

function add(out: Map<string, Contact>, kind: ContactKind, value: string | null) {
  if (value && out.size < MAX_CONTACTS) out.set(`${kind}:${value}`, { kind, value });
}

/** Every distinct contact in the texts (title, description, notes, apply link and address). */
export function extractContacts(texts: readonly (string | null | undefined)[], options: { ownSite?: string | null } = {}): Contact[] {
  const out = new Map<string, Contact>();
  const own = options.ownSite ? normalizeLink(options.ownSite) : null;
  for (const raw of texts) {
    if (!raw) continue;
    let text = raw.slice(0, MAX_CHARS);
    for (const m of text.matchAll(WHATSAPP)) add(out, 'phone', normalizePhone(m[1]!));
    for (const m of text.matchAll(TELEGRAM_LINK)) add(out, 'telegram', telegramValue(m[1]!));
    const emails = [...text.matchAll(EMAIL)].map((m) => m[0]);
    for (const e of emails) add(out, 'email', e.toLowerCase());
    // Emails and messenger links out of the way, so their parts are not read as handles or sites.
    text = text.replace(EMAIL, ' ').replace(WHATSAPP, ' ').replace(TELEGRAM_LINK, ' ');
    for (const m of text.matchAll(TELEGRAM_HANDLE)) add(out, 'telegram', telegramValue(m[1]!));
    for (const m of text.matchAll(URL_LIKE)) {
      const site = normalizeLink(m[0].replace(/[.,;:!?]+$/, ''));
      if (site && site !== own) add(out, 'domain', site);
    }
    text = text.replace(URL_LIKE, ' ');
    for (const m of text.matchAll(PHONE)) {
      if (RANGE_INSIDE.test(m[0]) || MONEY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      add(out, 'phone', normalizePhone(m[0]));
    }
  }
  return [...out.values()];
}

/** A contact typed by an admin ("+7 900 123-45-67", "t.me/x", "x.example/jobs") in stored form, or null. */
export function normalizeContact(kind: ContactKind, raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  switch (kind) {
    case 'phone':
      return normalizePhone(value.replace(/^(?:https?:\/\/)?wa\.me\//i, ''));
    case 'telegram': {
      const m = /^(?:(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.(?:me|dog)\/|@)?(\+?[A-Za-z0-9_-]{4,64})\/?$/u.exec(value);
      return m ? telegramValue(m[1]!) : null;
    }
    case 'email':
      return /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,24}$/u.test(value) ? value.toLowerCase() : null;
    case 'domain':
      return normalizeLink(value);
  }
}
