-- CreateTable
CREATE TABLE "catalogue_facet_counts" (
    "key" TEXT NOT NULL,
    "industry" "Industry" NOT NULL,
    "schedule" "Schedule" NOT NULL,
    "employment" "Employment" NOT NULL,
    "experience" "Experience" NOT NULL,
    "languageCodes" TEXT[],
    "locale" VARCHAR(5) NOT NULL,
    "count" INTEGER NOT NULL,
    "withSalary" INTEGER NOT NULL,
    "training" INTEGER NOT NULL,
    "chatOnly" INTEGER NOT NULL,
    "abroad" INTEGER NOT NULL,
    "noNight" INTEGER NOT NULL,

    CONSTRAINT "catalogue_facet_counts_pkey" PRIMARY KEY ("key")
);

-- The counts follow every change to a published vacancy in the same transaction (docs/decisions/008).
-- They count every published row; the catalogue subtracts, when it reads them, the few published rows it
-- does not show (expired but not yet closed by the job, or of a blocked company), so neither the clock
-- nor a company's block has to touch them.

-- The statement that adds the signed facet groups of `changed` (rows of vacancy columns with a sign `s`,
-- +1 for a row gained, -1 for one lost) to the counts. One text for the triggers and the rebuild; rows in
-- key order, so two writers take their locks in the same order. (Groups left empty are deleted by a second
-- statement: one statement cannot delete the rows it has just updated.)
CREATE FUNCTION catalogue_facet_counts_upsert(changed TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
SELECT format($q$
    WITH changed AS (%s),
    delta AS (
        SELECT concat_ws('|', "industry", "schedule", "employment", "experience", array_to_string("languageCodes", ','), "locale") AS "key",
               "industry", "schedule", "employment", "experience", "languageCodes", "locale",
               sum(s)::int AS "count",
               coalesce(sum(s) FILTER (WHERE "salaryMaxRub" IS NOT NULL), 0)::int AS "withSalary",
               coalesce(sum(s) FILTER (WHERE "trainingProvided"), 0)::int AS "training",
               coalesce(sum(s) FILTER (WHERE NOT "voiceRequired"), 0)::int AS "chatOnly",
               coalesce(sum(s) FILTER (WHERE "abroadAllowed"), 0)::int AS "abroad",
               coalesce(sum(s) FILTER (WHERE NOT "nightShifts"), 0)::int AS "noNight"
        FROM changed
        GROUP BY "industry", "schedule", "employment", "experience", "languageCodes", "locale"
    )
    INSERT INTO "catalogue_facet_counts" AS c
        SELECT * FROM delta
        WHERE ("count", "withSalary", "training", "chatOnly", "abroad", "noNight") <> (0, 0, 0, 0, 0, 0)
        ORDER BY "key"
        ON CONFLICT ("key") DO UPDATE SET
            "count" = c."count" + excluded."count",
            "withSalary" = c."withSalary" + excluded."withSalary",
            "training" = c."training" + excluded."training",
            "chatOnly" = c."chatOnly" + excluded."chatOnly",
            "abroad" = c."abroad" + excluded."abroad",
            "noNight" = c."noNight" + excluded."noNight"
$q$, changed);
$$;

-- Just the columns the counts need, of the published rows of a table (a transition table or vacancies).
CREATE FUNCTION catalogue_facet_counts_rows(sign INTEGER, rows TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
SELECT format('SELECT %s AS s, "industry", "schedule", "employment", "experience", "languageCodes", "locale", "salaryMaxRub", '
    '"trainingProvided", "voiceRequired", "abroadAllowed", "nightShifts" FROM %s WHERE "status" = ''published''', sign, rows);
$$;

-- Transition tables are visible to EXECUTE in the trigger's own function only, so the statement runs here.
CREATE FUNCTION catalogue_facet_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE catalogue_facet_counts_upsert(CASE TG_OP
        WHEN 'INSERT' THEN catalogue_facet_counts_rows(1, 'new_rows')
        WHEN 'DELETE' THEN catalogue_facet_counts_rows(-1, 'old_rows')
        ELSE catalogue_facet_counts_rows(1, 'new_rows') || ' UNION ALL ' || catalogue_facet_counts_rows(-1, 'old_rows')
    END);
    DELETE FROM "catalogue_facet_counts" WHERE "count" <= 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER vacancies_facet_counts_insert AFTER INSERT ON "vacancies"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_facet_counts_changed();
CREATE TRIGGER vacancies_facet_counts_update AFTER UPDATE ON "vacancies"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_facet_counts_changed();
CREATE TRIGGER vacancies_facet_counts_delete AFTER DELETE ON "vacancies"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_facet_counts_changed();

-- The counts from scratch: after a load that ran with triggers off (the seed), or to check them.
CREATE FUNCTION catalogue_facet_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE "catalogue_facet_counts" IN EXCLUSIVE MODE;
    DELETE FROM "catalogue_facet_counts";
    EXECUTE catalogue_facet_counts_upsert(catalogue_facet_counts_rows(1, '"vacancies"'));
END;
$$;

CREATE FUNCTION catalogue_facet_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "catalogue_facet_counts";
    RETURN NULL;
END;
$$;
CREATE TRIGGER vacancies_facet_counts_truncate AFTER TRUNCATE ON "vacancies"
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_facet_counts_truncated();

SELECT catalogue_facet_counts_rebuild();
