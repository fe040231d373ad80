// The cluster's primary (docs/decisions/021-every-core.md): forks the HTTP worker processes, which share
// the listening socket (the primary hands each new connection to the next worker in turn), restarts a
// crashed one with a back-off, and on SIGINT/SIGTERM stops them all before it exits itself.
import cluster, { type Worker } from 'node:cluster';
import { DEFAULT_BACKOFF, nextRestart, type BackoffPolicy } from './restart-backoff';

export type PrimaryOptions = {
  workers: number;
  /** Extra environment of the worker in slot `index` (0-based); a restarted worker keeps its slot's. */
  workerEnv?: (index: number) => Record<string, string>;
  /** The worker's script and arguments; by default this process's own (the worker branch of the same entry). */
  exec?: string;
  args?: string[];
  backoff?: BackoffPolicy;
  /** After this, workers still running at shutdown are killed. */
  stopTimeoutMs?: number;
  /** Called once, when every worker is listening. */
  onReady?: (address: { address: string; port: number }) => void;
  log?: Pick<Console, 'log' | 'error'>;
};

/** The scheduled-job worker (instrumentation.ts) runs in the first process only; JOBS=off elsewhere keeps it from the rest. */
export const jobsInFirstWorkerOnly = (index: number): Record<string, string> => (index === 0 ? {} : { JOBS: 'off' });

type Slot = { index: number; streak: number; startedAt: number };

/** Resolves with the exit code the primary should end with: 0 after a signal, 1 when the workers never started. */
export function runPrimary(options: PrimaryOptions): Promise<number> {
  const { workers, workerEnv = () => ({}), backoff = DEFAULT_BACKOFF, stopTimeoutMs = 20_000, log = console } = options;
  cluster.setupPrimary({ ...(options.exec ? { exec: options.exec } : {}), ...(options.args ? { args: options.args } : {}) });

  const slots = new Map<Worker, Slot>();
  const restarts = new Set<NodeJS.Timeout>();
  const listening = new Set<number>();
  let ready = false;
  let stopping = false;

  return new Promise<number>((resolve) => {
    let exitCode = 0;
    const finishIfIdle = () => {
      if (stopping && slots.size === 0 && restarts.size === 0) resolve(exitCode);
    };

    const fork = (index: number, streak: number) => {
      const worker = cluster.fork({ ...workerEnv(index), CHATSHIFT_WORKER_INDEX: String(index) });
      slots.set(worker, { index, streak, startedAt: Date.now() });
    };

    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      for (const worker of slots.keys()) worker.process.kill(signal);
      setTimeout(() => {
        for (const worker of slots.keys()) {
          log.error(`▲ Worker ${worker.process.pid} did not stop in ${stopTimeoutMs / 1000} s: killed`);
          worker.process.kill('SIGKILL');
        }
      }, stopTimeoutMs).unref();
      finishIfIdle();
    };

    cluster.on('listening', (worker, address) => {
      listening.add(worker.id);
      if (!ready && listening.size >= workers) {
        ready = true;
        options.onReady?.({ address: address.address ?? '', port: address.port });
      }
    });

    cluster.on('exit', (worker, code, signal) => {
      const slot = slots.get(worker);
      slots.delete(worker);
      listening.delete(worker.id);
      if (!slot || stopping) return finishIfIdle();
      const how = signal ? `on ${signal}` : `with code ${code}`;
      if (!ready) {
        // It never served: a missing build, a taken port, bad configuration. Restarting cannot help.
        log.error(`▲ Worker ${worker.process.pid} exited ${how} before the server was ready; stopping.`);
        exitCode = 1;
        return stop('SIGTERM');
      }
      const { streak, delayMs } = nextRestart(slot.streak, Date.now() - slot.startedAt, backoff);
      log.error(`▲ Worker ${worker.process.pid} exited ${how}; restarting in ${(delayMs / 1000).toFixed(1)} s (${streak} crash${streak === 1 ? '' : 'es'} in a row)`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) fork(slot.index, streak);
      }, delayMs);
      restarts.add(timer);
    });

    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    for (let index = 0; index < workers; index++) fork(index, 0);
  });
}
