-- The catalogue's version (decision 023), the changes the first migration missed: an exchange rate removed,
-- the search vocabulary updated in place, and any of the watched tables emptied with TRUNCATE (which fires
-- no row or statement trigger of the other kinds).
CREATE TRIGGER exchange_rates_catalogue_delete AFTER DELETE ON "exchange_rates"
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();
CREATE TRIGGER search_terms_catalogue_update AFTER UPDATE ON "search_terms"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_changed();

CREATE FUNCTION catalogue_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM catalogue_bump();
    RETURN NULL;
END;
$$;
CREATE TRIGGER vacancies_catalogue_truncate AFTER TRUNCATE ON "vacancies" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_truncated();
CREATE TRIGGER vacancy_languages_catalogue_truncate AFTER TRUNCATE ON "vacancy_languages" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_truncated();
CREATE TRIGGER shift_slots_catalogue_truncate AFTER TRUNCATE ON "shift_slots" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_truncated();
CREATE TRIGGER companies_catalogue_truncate AFTER TRUNCATE ON "companies" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_truncated();
CREATE TRIGGER exchange_rates_catalogue_truncate AFTER TRUNCATE ON "exchange_rates" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_truncated();
CREATE TRIGGER search_terms_catalogue_truncate AFTER TRUNCATE ON "search_terms" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_truncated();
