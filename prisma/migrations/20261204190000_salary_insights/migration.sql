-- Salary aggregates of live vacancies, rewritten by the salary-insights job (lib/salaries); one row, id 'current'.
-- CreateTable
CREATE TABLE "salary_insights" (
    "id" VARCHAR(20) NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "vacancies" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "salary_insights_pkey" PRIMARY KEY ("id")
);
