// Where the save form returns to without JavaScript. The value comes from the form, so it is someone
// else's input: only a path on this site, never `//evil.com`, `/\evil.com`, `javascript:` or a path
// that URL parsing would turn into one of those.

const BASE = 'http://chatshift.invalid';
const MAX_LENGTH = 2048;

/** A same-site path with its query (no fragment), or null when the value is anything else. */
export function safeBackPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  // Backslashes count as slashes, and tabs and newlines vanish, when a browser parses a URL.
  if (!value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}`;
  // `/.//evil.com` parses to the path `//evil.com`, which a browser would read as another host.
  if (url.origin !== BASE || path.startsWith('//')) return null;
  return path;
}
