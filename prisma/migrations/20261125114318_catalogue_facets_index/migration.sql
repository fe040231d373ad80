-- DropIndex
DROP INDEX "vacancies_status_expiresAt_idx";

-- CreateIndex
CREATE INDEX "vacancies_catalogue_facets_idx" ON "vacancies"("status", "expiresAt", "industry", "schedule", "employment", "experience", "languageCodes", "companyId");
