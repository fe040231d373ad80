-- Drafts save with any subset of their fields (issue 12): only the title is required while a vacancy is a draft,
-- or a rejected ad being reworked. Every other status (pending, published, closed, expired, removed) has been
-- through the submit path's full validation, and this CHECK keeps it so whatever writes the row.
ALTER TABLE "vacancies" ALTER COLUMN "description" SET DEFAULT '',
    ALTER COLUMN "industry" DROP NOT NULL,
    ALTER COLUMN "schedule" DROP NOT NULL,
    ALTER COLUMN "employment" DROP NOT NULL,
    ALTER COLUMN "experience" DROP NOT NULL;

-- The columns that were NOT NULL before; the rest of "complete" (languages, shifts, contract types, lengths) is the
-- submit path's full validation (lib/vacancies/editor-schemas.ts).
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_complete" CHECK (
    "status" IN ('draft', 'rejected')
    OR ("industry" IS NOT NULL AND "schedule" IS NOT NULL AND "employment" IS NOT NULL AND "experience" IS NOT NULL
        AND btrim("description") <> '')
);
