-- The near-duplicate check reads this index on every submission, and submissions come one at a time: with
-- GIN's fast update, new entries wait in a pending list that every query scans until a vacuum merges it
-- (measured at 100k after a backfill: 270 ms a check instead of 14). Without it, each insert updates the
-- index itself, which costs a submission a few index pages.
ALTER INDEX "vacancy_fingerprints_bands_idx" SET (fastupdate = off);
