// Short labels for a company's links on its page: the host for a website, "@channel" for Telegram, "vk.com/…" for VK.

export function linkLabel(kind: 'website' | 'telegram' | 'vk', url: string): string {
  let host: string;
  let path: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^(?:www|m)\./, '');
    path = decodeURIComponent(parsed.pathname).replace(/\/+$/, '');
  } catch {
    return url;
  }
  if (kind === 'telegram' && /^\/[A-Za-z0-9_]{4,32}$/.test(path)) return `@${path.slice(1)}`;
  return `${host}${path}`;
}
