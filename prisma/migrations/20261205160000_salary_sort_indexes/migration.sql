-- The salary sorts' orders, key for key (docs/decisions/008): "salaryMaxRub" DESC NULLS LAST, "publishedAt" DESC,
-- "id" is what a page sorted by the highest pay asks for, so its first page and every page after a cursor are
-- an index walk; the old index sorted nulls first (the DESC default), which no query asks for, and every
-- such page sorted all open ads. Prisma does not model null order: schema.prisma names the same columns.
DROP INDEX "vacancies_status_salaryMaxRub_idx";
DROP INDEX "vacancies_status_salaryMinRub_idx";
CREATE INDEX "vacancies_salary_sort_idx" ON "vacancies"("status", "salaryMaxRub" DESC NULLS LAST, "publishedAt" DESC, "id");
CREATE INDEX "vacancies_salary_asc_sort_idx" ON "vacancies"("status", "salaryMinRub", "publishedAt" DESC, "id");
