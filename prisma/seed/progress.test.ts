import { describe, expect, it } from 'vitest';
import { bar, createProgress, describe as describeProgress } from './progress';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  let clock = 0;
  const progress = createProgress({ output: { isTTY, columns: 200, write: (t) => writes.push(t) }, now: () => clock });
  return { writes, progress, tick: (ms: number) => (clock += ms) };
}

describe('seed progress', () => {
  it('says rows, rows per second and the time left', () => {
    expect(describeProgress({ label: 'vacancies', done: 25_000, total: 100_000, elapsedMs: 5_000 }))
      .toBe('vacancies  25,000/100,000 rows · 5,000 rows/s · 15 s left');
    expect(describeProgress({ label: 'vacancies', done: 0, total: 10, elapsedMs: 0 })).toMatch(/estimating/);
    expect(describeProgress({ label: 'indexes', done: 18, total: 18, elapsedMs: 65_000, unit: 'indexes' }))
      .toBe('indexes  18/18 indexes · 0 indexes/s · in 1 min 05 s');
  });

  it('draws a bar of the share done', () => {
    expect(bar({ label: 'v', done: 50, total: 100, elapsedMs: 1_000 }, 10)).toMatch(/^█████░░░░░  50% {2}v {2}50\/100 rows/);
  });

  it('redraws one line on a terminal, at most ten times a second, and ends it when finished', () => {
    const { writes, progress, tick } = recorder(true);
    const task = progress.task('vacancies', 1_000);
    for (let i = 0; i < 10; i++) {
      tick(30);
      task.add(100);
    }
    task.finish();
    expect(writes.every((w) => w.startsWith('\r'))).toBe(true);
    expect(writes.length).toBeLessThan(6);
    expect(writes.at(-1)).toMatch(/100%.*in 0 s\x1b\[K\n$/);
  });

  it('prints plain lines every tenth (or every 5 s) when output is not a terminal', () => {
    const { writes, progress, tick } = recorder(false);
    const task = progress.task('vacancies', 1_000);
    for (let i = 0; i < 100; i++) {
      tick(10);
      task.add(10);
    }
    task.finish();
    expect(writes.some((w) => w.includes('\r'))).toBe(false);
    expect(writes).toHaveLength(10); // 10 %, 20 % … 90 %, then the final line
    expect(writes.at(-1)).toBe('vacancies  1,000/1,000 rows · 1,000 rows/s · in 1 s\n');

    const slow = recorder(false);
    const t = slow.progress.task('vacancies', 1_000_000);
    slow.tick(6_000);
    t.add(1);
    expect(slow.writes).toHaveLength(1);
  });

  it('is silent when quiet', () => {
    const writes: string[] = [];
    const progress = createProgress({ quiet: true, output: { write: (t) => writes.push(t) } });
    progress.task('x', 10).finish();
    progress.log('hello');
    expect(writes).toEqual([]);
  });
});
