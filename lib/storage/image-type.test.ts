import { describe, expect, it } from 'vitest';
import { detectImageKind, isAnimatedPng } from './image-type';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const chunk = (type: string, length = 0) => [...bytes([0, 0, 0, length], type, Array<number>(length + 4).fill(0))];

describe('detectImageKind', () => {
  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(detectImageKind(bytes(PNG, chunk('IHDR', 13)))).toBe('png');
    expect(detectImageKind(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectImageKind(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
  });

  it('refuses everything else, whatever it is called', () => {
    for (const other of [bytes(''), bytes('hello.png'), bytes('GIF89a'), bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), bytes('RIFF', [0, 0, 0, 0], 'WAVE'), bytes(PNG.slice(0, 7))]) {
      expect(detectImageKind(other)).toBeNull();
    }
  });
});

describe('isAnimatedPng', () => {
  it('finds an acTL chunk before the image data', () => {
    expect(isAnimatedPng(bytes(PNG, chunk('IHDR', 13), chunk('acTL', 8), chunk('IDAT', 4)))).toBe(true);
    expect(isAnimatedPng(bytes(PNG, chunk('IHDR', 13), chunk('IDAT', 4), chunk('acTL', 8)))).toBe(false);
    expect(isAnimatedPng(bytes(PNG, chunk('IHDR', 13), chunk('IDAT', 4)))).toBe(false);
  });

  it('stops at a truncated file', () => {
    expect(isAnimatedPng(bytes(PNG, [0, 0, 0xff, 0xff], 'tEXt'))).toBe(false);
  });
});
