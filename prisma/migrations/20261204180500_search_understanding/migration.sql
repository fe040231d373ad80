-- Trigram matching for typo-tolerant search and suggestions (docs/decisions/019-search-understanding.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "search_terms" (
    "id" SERIAL NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL DEFAULT 0,
    "target" JSONB,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_terms_normalized_trgm_idx" ON "search_terms" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "search_terms_kind_normalized_locale_key" ON "search_terms"("kind", "normalized", "locale");

-- Ads saved before detection defaulted to ru: the language with more letters in title and description (lib/search/ad-language.ts does the same on save).
UPDATE "vacancies" SET "locale" = 'en'
WHERE "locale" = 'ru'
  AND length(regexp_replace("title" || ' ' || "description", '[^A-Za-z]', '', 'g'))
    > length(regexp_replace("title" || ' ' || "description", '[^А-Яа-яЁё]', '', 'g'));

-- The facet query also counts ads per language and the "conditions" checkboxes: their columns join the
-- covering index, so it stays an index-only scan (docs/decisions/008).
DROP INDEX "vacancies_catalogue_facets_idx";
CREATE INDEX "vacancies_catalogue_facets_idx" ON "vacancies"("status", "expiresAt", "industry", "schedule", "employment", "experience", "languageCodes", "companyId", "locale", "trainingProvided", "voiceRequired", "abroadAllowed", "nightShifts", "salaryMaxRub");
