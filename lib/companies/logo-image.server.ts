import 'server-only';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { detectImageKind, isAnimatedPng } from '@/lib/storage/image-type';
import { LOGO_SIZES, type LogoSize } from './logo-url';
import { LOGO_MAX_BYTES } from './vocabulary';

// An uploaded logo → WebP squares of LOGO_SIZES. The bytes decide the type; the header's dimensions are
// checked before any pixel is decoded (a small file can claim a huge picture), and sharp refuses more
// pixels than that anyway. Output carries no metadata (EXIF, GPS, ICC), oriented as the camera meant.

/** Longest side accepted: far more than a logo needs, far less than a decompression bomb. */
export const LOGO_MAX_SIDE = 4096;
export const LOGO_MIN_SIDE = 32;
/** Changes when the output would; part of every file name, so caches never mix versions. */
const PIPELINE_VERSION = 'logo-v1';

export type LogoError = 'empty' | 'tooLarge' | 'type' | 'animated' | 'dimensions' | 'tooSmall' | 'unreadable';
export type ResizedLogo = { hash: string; files: { size: LogoSize; bytes: Uint8Array }[] };

const options = { limitInputPixels: LOGO_MAX_SIDE * LOGO_MAX_SIDE, failOn: 'error', animated: false } as const;

export async function resizeLogo(bytes: Uint8Array): Promise<{ ok: true; value: ResizedLogo } | { ok: false; error: LogoError }> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, error: 'tooLarge' };
  const kind = detectImageKind(bytes);
  if (!kind) return { ok: false, error: 'type' };
  if (kind === 'png' && isAnimatedPng(bytes)) return { ok: false, error: 'animated' };
  try {
    // The header only, no pixels: read without the pixel limit, so a huge claim gets its own message.
    const meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    if (meta.format !== kind) return { ok: false, error: 'type' };
    if ((meta.pages ?? 1) > 1) return { ok: false, error: 'animated' };
    const { width = 0, height = 0 } = meta;
    if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) return { ok: false, error: 'dimensions' };
    if (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE) return { ok: false, error: 'tooSmall' };
    const files = await Promise.all(
      LOGO_SIZES.map(async (size) => {
        const out = await sharp(bytes, options)
          .autoOrient()
          .resize(size, size, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
          .webp({ quality: 86, alphaQuality: 90, effort: 4 })
          .toBuffer();
        return { size, bytes: new Uint8Array(out) };
      }),
    );
    const hash = createHash('sha256').update(PIPELINE_VERSION).update(bytes).digest('hex').slice(0, 32);
    return { ok: true, value: { hash, files } };
  } catch {
    // A truncated or corrupt file, or more pixels than limitInputPixels allows.
    return { ok: false, error: 'unreadable' };
  }
}
