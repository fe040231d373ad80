// Links built from what a candidate typed: only well-formed values become links, the rest stays text.

/** `tel:` with digits and a leading + only. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{5,15}$/.test(digits) ? `tel:${digits}` : null;
}

/** `@name`, `name` or a t.me link → https://t.me/name (Telegram usernames: 5–32 letters, digits, _). */
export function telegramHref(handle: string): string | null {
  const match = /^(?:@|(?:https?:\/\/)?t\.me\/)?([A-Za-z][A-Za-z0-9_]{4,31})\/?$/.exec(handle.trim());
  return match ? `https://t.me/${match[1]}` : null;
}

/** An http(s) URL as given, or null (no javascript:, data: or relative links from candidate input). */
export function externalHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
