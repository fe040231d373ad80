-- Full-text matches come from the GIN index (decision 008). With the vector in TOAST, checking `@@` on a
-- row means fetching and decompressing several TOAST chunks; COST 50 still let the planner pick a parallel
-- sequential scan for common words («чат» matches 77% of open vacancies: 1.1 s, twice per request, vs
-- ~100 ms from the index). 1000 (× cpu_operator_cost = 2.5 per row, about what reading the chunks costs)
-- makes the index win whenever the vector has to be checked. It needs a superuser, like the first change.
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 1000;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'ts_match_vq cost unchanged (needs a superuser): full-text filters may choose sequential scans';
END;
$$;
