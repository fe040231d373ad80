// Progress of a long seed: a redrawn bar on a terminal, plain lines (every 10 % or 5 s) when output
// goes to a file or CI log, nothing when quiet.

export type ProgressOutput = { isTTY?: boolean; columns?: number; write: (text: string) => unknown };

export type ProgressState = { label: string; done: number; total: number; elapsedMs: number; unit?: string };

export type ProgressTask = { add: (rows: number) => void; finish: () => void };

const number = new Intl.NumberFormat('en-US');

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** rows/s over the time so far, and the time left at that rate (null until there is a rate). */
export function rate(state: ProgressState): { perSecond: number; leftMs: number | null } {
  const perSecond = state.elapsedMs > 0 ? (state.done * 1000) / state.elapsedMs : 0;
  const leftMs = perSecond > 0 ? ((state.total - state.done) / perSecond) * 1000 : null;
  return { perSecond, leftMs };
}

/** "vacancies  45,000/100,000 rows · 12,300 rows/s · 4 s left" (no bar). */
export function describe(state: ProgressState): string {
  const { perSecond, leftMs } = rate(state);
  const unit = state.unit ?? 'rows';
  const finished = state.done >= state.total;
  const tail = finished ? `in ${duration(state.elapsedMs)}` : leftMs === null ? 'estimating…' : `${duration(leftMs)} left`;
  return `${state.label}  ${number.format(state.done)}/${number.format(state.total)} ${unit} · ${number.format(Math.round(perSecond))} ${unit}/s · ${tail}`;
}

/** The terminal line: a bar of `width` cells, the percentage, then describe(). */
export function bar(state: ProgressState, width = 24): string {
  const share = state.total > 0 ? Math.min(1, state.done / state.total) : 1;
  const full = Math.round(share * width);
  return `${'█'.repeat(full)}${'░'.repeat(width - full)} ${String(Math.floor(share * 100)).padStart(3)}%  ${describe(state)}`;
}

export type Progress = { task: (label: string, total: number, unit?: string) => ProgressTask; log: (line: string) => void };

export function createProgress(options: { output?: ProgressOutput; quiet?: boolean; now?: () => number } = {}): Progress {
  const output = options.output ?? process.stdout;
  const now = options.now ?? (() => performance.now());
  if (options.quiet) return { task: () => ({ add: () => {}, finish: () => {} }), log: () => {} };
  const tty = output.isTTY === true;

  return {
    log: (line) => output.write(`${line}\n`),
    task(label, total, unit) {
      const started = now();
      let done = 0;
      let drawnAt = tty ? -Infinity : started;
      let reportedStep = 0;
      const state = (): ProgressState => ({ label, done, total, elapsedMs: now() - started, unit });
      const draw = (final: boolean) => {
        const t = now();
        if (tty) {
          if (!final && t - drawnAt < 100) return;
          // Clear to the end of the line, so a shorter line leaves no tail of the last one.
          const line = bar(state()).slice(0, Math.max(20, (output.columns ?? 120) - 1));
          output.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
          drawnAt = t;
          return;
        }
        if (!final && done >= total) return; // finish() prints the last line
        const step = total > 0 ? Math.floor((done / total) * 10) : 10;
        if (final || step > reportedStep || t - drawnAt >= 5_000) {
          output.write(`${describe(state())}\n`);
          reportedStep = step;
          drawnAt = t;
        }
      };
      return {
        add(rows) {
          done = Math.min(total, done + rows);
          draw(false);
        },
        finish() {
          done = total;
          draw(true);
        },
      };
    },
  };
}
