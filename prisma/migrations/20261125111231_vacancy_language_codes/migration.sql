-- AlterTable
ALTER TABLE "vacancies" ADD COLUMN     "languageCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "vacancies_languageCodes_idx" ON "vacancies" USING GIN ("languageCodes");

-- Keep vacancies."languageCodes" equal to the vacancy's rows in vacancy_languages. Statement-level with
-- transition tables, so a bulk insert of 100k rows updates each vacancy once, not once per row.
CREATE FUNCTION "vacancies_refresh_language_codes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "vacancies" v
    SET "languageCodes" = ARRAY(
        SELECT l."language" FROM "vacancy_languages" l WHERE l."vacancyId" = v."id" ORDER BY l."language"
    )
    WHERE v."id" IN (SELECT "vacancyId" FROM changed_rows);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "vacancy_languages_inserted"
    AFTER INSERT ON "vacancy_languages" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "vacancies_refresh_language_codes"();
CREATE TRIGGER "vacancy_languages_deleted"
    AFTER DELETE ON "vacancy_languages" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "vacancies_refresh_language_codes"();
CREATE TRIGGER "vacancy_languages_updated"
    AFTER UPDATE ON "vacancy_languages" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "vacancies_refresh_language_codes"();

UPDATE "vacancies" v
SET "languageCodes" = ARRAY(
    SELECT l."language" FROM "vacancy_languages" l WHERE l."vacancyId" = v."id" ORDER BY l."language"
);
