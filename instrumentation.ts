// Runs once when a Next.js server starts (dev or production): the scheduled-job worker starts with the app.
// `JOBS=off` leaves it to a separate `npm run jobs` process (and keeps it out of the browser tests).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startJobsWithApp } = await import('./lib/jobs/with-app');
  await startJobsWithApp();
}

/** Errors Next.js catches in rendering and actions: a lost database starts the 503 answers (lib/health/outage.ts). */
export async function onRequestError(err: unknown) {
  const { noteDatabaseError } = await import('./lib/health/unavailable');
  noteDatabaseError(err);
}
