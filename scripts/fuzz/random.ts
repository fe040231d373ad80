// A seeded PRNG: the same seed gives the same cases on every machine and Node version, which Math.random and
// fast-check's internal streams do not promise.
import { createRng } from '../../prisma/seed/random';

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[3, 'a'], [1, 'b']]` gives 'a' three times as often. */
  weighted<T>(items: readonly (readonly [number, T])[]): T;
  hex(length: number): string;
};

/** The seed data's PRNG (prisma/seed/random.ts) with the fuzzer's weight-first signature and hex strings. */
export function createRandom(seed: number): Random {
  const rng = createRng(seed);
  return {
    next: rng.next,
    int: rng.int,
    chance: rng.chance,
    pick: rng.pick,
    weighted: <T>(items: readonly (readonly [number, T])[]) => rng.weighted(items.map(([weight, item]) => [item, weight] as const)),
    hex: (length) => Array.from({ length }, () => rng.int(0, 15).toString(16)).join(''),
  };
}
