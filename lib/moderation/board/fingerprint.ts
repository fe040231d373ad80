// Near-duplicate texts by MinHash (decision 011, "Board-wide checks"). A text becomes the set of its word
// 3-shingles; 64 hash functions each keep their minimum over that set, and the share of equal minimums
// estimates the Jaccard similarity of two sets. Split into 16 bands of 4, the signature also gives the
// index keys: two texts with similarity s share at least one band with probability 1 − (1 − s⁴)¹⁶
// (0.99 at s = 0.7, 0.64 at 0.5, 0.12 at 0.3), so the database compares a new ad only with the few
// that share a band, not with every ad of the last 180 days.

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 3;
/** Below this many shingles a text is too short for the estimate to mean anything. */
export const MIN_SHINGLES = 8;
/** Texts longer than this are cut: a vacancy's text fits many times over, and hashing stays bounded. */
const MAX_CHARS = 60_000;

export type Fingerprint = { minhash: number[]; bands: number[]; shingles: number };

/** Lower case, ё → е, words only: punctuation, markup and spacing do not make a text new. */
export function normalizeForShingles(text: string): string[] {
  return text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** FNV-1a over UTF-16 code units: a fast, well-spread 32-bit hash of a shingle. */
function fnv1a(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: mixes all 32 bits, so `mix(h ^ seed)` is one hash function per seed. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// The 64 hash functions: h ↦ a·h + b mod 2³² with fixed odd a (each a permutation of the 32-bit values),
// applied to a well-mixed shingle hash. Fixed, so a fingerprint stored today compares with one made next year.
const A = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix((i + 1) * 0x9e3779b9) | 1);
const B = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix((i + 1) * 0x7f4a7c15));

/** The distinct shingle hashes of a text: each word hashed once, three in a row mixed in order. */
function shingleHashes(text: string): Set<number> {
  const words = normalizeForShingles(text).map(fnv1a);
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(mix(words.reduce((h, w) => mix(h ^ w), 0)));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(mix(mix(mix(words[i]!) ^ words[i + 1]!) ^ words[i + 2]!));
  return out;
}

type PartSignature = { mins: Uint32Array; shingles: number };

/** One part's minimums (title, description, a note): its own shingles, none across parts. */
function partSignature(text: string): PartSignature {
  const hashes = shingleHashes(text);
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = (Math.imul(A[i]!, h) + B[i]!) >>> 0;
      if (v < mins[i]!) mins[i] = v;
    }
  }
  return { mins, shingles: hashes.size };
}

/**
 * The fingerprint of a text given as parts, or null when it is too short to compare. Values are signed
 * 32-bit (int4). The MinHash of a union is the minimum of its parts' MinHashes, so each part is hashed on its
 * own and `memo` (for bulk work: the backfill) reuses a part seen before, such as a description shared by
 * reposts.
 */
export function fingerprint(parts: string | readonly string[], memo?: Map<string, PartSignature>): Fingerprint | null {
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  let shingles = 0;
  for (const part of typeof parts === 'string' ? [parts] : parts) {
    if (!part) continue;
    let sig = memo?.get(part);
    if (!sig) {
      sig = partSignature(part);
      if (memo) {
        if (memo.size >= 10_000) memo.clear();
        memo.set(part, sig);
      }
    }
    shingles += sig.shingles;
    for (let i = 0; i < SIGNATURE_SIZE; i++) if (sig.mins[i]! < mins[i]!) mins[i] = sig.mins[i]!;
  }
  if (shingles < MIN_SHINGLES) return null;
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ mins[b * ROWS + r]!);
    bands.push(h | 0);
  }
  return { minhash: Array.from(mins, (v) => v | 0), bands, shingles };
}

/** A memo for fingerprint() over many texts. */
export const fingerprintMemo = () => new Map<string, PartSignature>();

/** Estimated Jaccard similarity of two texts from their signatures: the share of equal minimums. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The parts of a vacancy that the check compares: what the candidate reads, without the company's name. */
export function comparableText(v: { title: string; description: string; trainingNote?: string | null; kpiNote?: string | null; equipmentNote?: string | null }): string[] {
  return [v.title, v.description, v.trainingNote, v.kpiNote, v.equipmentNote].filter((p): p is string => Boolean(p));
}
