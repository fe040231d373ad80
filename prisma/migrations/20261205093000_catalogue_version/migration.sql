-- The catalogue's version (decision 023): every change that can alter what a visitor of the catalogue, the
-- home page or a public list sees bumps it in the same transaction, so a result cached under an older
-- version is never served again, by any process or server. Statement-level triggers with transition tables
-- bump it only when a changed row is or was public: saving a draft or scoring a pending ad does not.
CREATE TABLE "catalogue_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "catalogue_state_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "catalogue_state_one_row" CHECK ("id" = 1)
);
INSERT INTO "catalogue_state" ("id") VALUES (1);

-- An upsert: the demo seed empties every table, this one included.
CREATE FUNCTION catalogue_bump() RETURNS void LANGUAGE sql AS $$
    INSERT INTO "catalogue_state" ("id", "version") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "version" = "catalogue_state"."version" + 1, "changedAt" = clock_timestamp();
$$;

-- Vacancies: a row that is published after the statement, or was before it.
CREATE FUNCTION catalogue_vacancies_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows WHERE "status" = 'published') THEN
        PERFORM catalogue_bump();
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER vacancies_catalogue_insert AFTER INSERT ON "vacancies"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancies_changed();
CREATE TRIGGER vacancies_catalogue_update_new AFTER UPDATE ON "vacancies"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancies_changed();
CREATE TRIGGER vacancies_catalogue_update_old AFTER UPDATE ON "vacancies"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancies_changed();
CREATE TRIGGER vacancies_catalogue_delete AFTER DELETE ON "vacancies"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancies_changed();

-- Rows that belong to a vacancy (its languages and shifts): when that vacancy is published.
CREATE FUNCTION catalogue_vacancy_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows c JOIN "vacancies" v ON v."id" = c."vacancyId" WHERE v."status" = 'published') THEN
        PERFORM catalogue_bump();
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER vacancy_languages_catalogue_insert AFTER INSERT ON "vacancy_languages"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancy_part_changed();
CREATE TRIGGER vacancy_languages_catalogue_update AFTER UPDATE ON "vacancy_languages"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancy_part_changed();
CREATE TRIGGER vacancy_languages_catalogue_delete AFTER DELETE ON "vacancy_languages"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancy_part_changed();
CREATE TRIGGER shift_slots_catalogue_insert AFTER INSERT ON "shift_slots"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancy_part_changed();
CREATE TRIGGER shift_slots_catalogue_update AFTER UPDATE ON "shift_slots"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancy_part_changed();
CREATE TRIGGER shift_slots_catalogue_delete AFTER DELETE ON "shift_slots"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_vacancy_part_changed();

-- Companies (names, logos, verification and blocks show on cards and filter the catalogue), exchange rates
-- (salary filters convert with them) and the search vocabulary (corrections read it): any changed row.
CREATE FUNCTION catalogue_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows) THEN
        PERFORM catalogue_bump();
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER companies_catalogue_update AFTER UPDATE ON "companies"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
CREATE TRIGGER companies_catalogue_delete AFTER DELETE ON "companies"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
CREATE TRIGGER exchange_rates_catalogue_insert AFTER INSERT ON "exchange_rates"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
CREATE TRIGGER exchange_rates_catalogue_update AFTER UPDATE ON "exchange_rates"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
CREATE TRIGGER search_terms_catalogue_insert AFTER INSERT ON "search_terms"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
CREATE TRIGGER search_terms_catalogue_delete AFTER DELETE ON "search_terms"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
