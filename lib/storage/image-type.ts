// Which image an upload is, judged by its first bytes alone (the name and the browser's type are the sender's
// say-so). Pure; the logo pipeline then decodes it with sharp and checks that the decoder agrees.

export const IMAGE_KINDS = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
export type ImageKind = keyof typeof IMAGE_KINDS;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

const at = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** PNG, JPEG or WebP by signature, or null for anything else (SVG, GIF, HEIC, text named .png, an empty file). */
export function detectImageKind(bytes: Uint8Array): ImageKind | null {
  if (at(bytes, PNG)) return 'png';
  if (at(bytes, JPEG)) return 'jpeg';
  if (at(bytes, RIFF) && at(bytes, WEBP, 8)) return 'webp';
  return null;
}

/** An animated PNG (APNG) has an `acTL` chunk before its first `IDAT`; decoders would quietly show frame one. */
export function isAnimatedPng(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG.length;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'acTL') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    offset += 12 + length;
  }
  return false;
}
