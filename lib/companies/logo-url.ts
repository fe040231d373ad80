// Where a company's logo is served: one content-addressed name per size, so it can be cached for good.

/** The square sizes (px) stored for every logo: 64 for cards, 128 for the vacancy page, 256 for the company page at 2×. */
export const LOGO_SIZES = [64, 128, 256] as const;
export type LogoSize = (typeof LOGO_SIZES)[number];

export const LOGO_HASH = /^[0-9a-f]{32}$/;
const FILE_NAME = /^([0-9a-f]{32})-(64|128|256)\.webp$/;

export const logoPath = (hash: string, size: LogoSize) => `/api/logos/${hash}-${size}.webp`;

/** `<hash>-<size>.webp` → its parts, or null for any other name. */
export function parseLogoFileName(name: string): { hash: string; size: LogoSize } | null {
  const match = FILE_NAME.exec(name);
  return match ? { hash: match[1]!, size: Number(match[2]) as LogoSize } : null;
}

/** `src` and `srcSet` for a logo shown at `shown` CSS pixels: the smallest stored size that covers 1× and 2×. */
export function logoSources(hash: string, shown: number): { src: string; srcSet: string } {
  const cover = (px: number): LogoSize => LOGO_SIZES.find((s) => s >= px) ?? 256;
  const one = cover(shown);
  const two = cover(shown * 2);
  return { src: logoPath(hash, one), srcSet: one === two ? `${logoPath(hash, one)} 1x` : `${logoPath(hash, one)} 1x, ${logoPath(hash, two)} 2x` };
}
