/** A language or country name in `locale` from its ISO code, or the code itself when Intl has no name for it. */
export function displayName(locale: string, type: 'language' | 'region', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(type === 'region' ? code.toUpperCase() : code) ?? code;
  } catch {
    return code; // malformed code
  }
}
