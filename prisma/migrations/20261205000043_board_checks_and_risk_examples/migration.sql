-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('phone', 'telegram', 'email', 'domain');

-- CreateEnum
CREATE TYPE "RiskLabel" AS ENUM ('honest', 'scam');

-- CreateEnum
CREATE TYPE "RiskExampleSource" AS ENUM ('approval', 'rejection', 'removal', 'report');

-- CreateTable
CREATE TABLE "vacancy_fingerprints" (
    "vacancyId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "minhash" INTEGER[],
    "bands" INTEGER[],
    "submittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "vacancy_fingerprints_pkey" PRIMARY KEY ("vacancyId")
);

-- CreateTable
CREATE TABLE "vacancy_contacts" (
    "vacancyId" UUID NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "vacancy_contacts_pkey" PRIMARY KEY ("vacancyId","kind","value")
);

-- CreateTable
CREATE TABLE "blocked_contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ContactKind" NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "blockedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blocked_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_examples" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vacancyId" UUID,
    "label" "RiskLabel" NOT NULL,
    "source" "RiskExampleSource" NOT NULL,
    "input" JSONB NOT NULL,
    "riskScore" INTEGER,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "risk_examples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_sla_alerts" (
    "vacancyId" UUID NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_sla_alerts_pkey" PRIMARY KEY ("vacancyId")
);

-- CreateIndex
CREATE INDEX "vacancy_fingerprints_bands_idx" ON "vacancy_fingerprints" USING GIN ("bands");

-- CreateIndex
CREATE INDEX "vacancy_fingerprints_submittedAt_idx" ON "vacancy_fingerprints"("submittedAt");

-- CreateIndex
CREATE INDEX "vacancy_contacts_kind_value_idx" ON "vacancy_contacts"("kind", "value");

-- CreateIndex
CREATE UNIQUE INDEX "blocked_contacts_kind_value_key" ON "blocked_contacts"("kind", "value");

-- CreateIndex
CREATE INDEX "risk_examples_decidedAt_idx" ON "risk_examples"("decidedAt");

-- CreateIndex
CREATE INDEX "risk_examples_vacancyId_idx" ON "risk_examples"("vacancyId");

-- CreateIndex
CREATE INDEX "audit_log_action_createdAt_idx" ON "audit_log"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "vacancy_fingerprints" ADD CONSTRAINT "vacancy_fingerprints_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_fingerprints" ADD CONSTRAINT "vacancy_fingerprints_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_contacts" ADD CONSTRAINT "vacancy_contacts_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocked_contacts" ADD CONSTRAINT "blocked_contacts_blockedById_fkey" FOREIGN KEY ("blockedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_examples" ADD CONSTRAINT "risk_examples_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_examples" ADD CONSTRAINT "risk_examples_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_sla_alerts" ADD CONSTRAINT "moderation_sla_alerts_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
