-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('instant', 'daily', 'weekly');

-- AlterTable
ALTER TABLE "applications" ADD COLUMN     "cvFileId" UUID,
ADD COLUMN     "cvFileName" TEXT;

-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "contactEmail" TEXT;

-- AlterTable
ALTER TABLE "outbox_mail" ADD COLUMN     "headers" JSONB,
ADD COLUMN     "replyTo" TEXT;

-- CreateTable
CREATE TABLE "application_status_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "applicationId" UUID NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_status_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purpose" VARCHAR(20) NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "backend" VARCHAR(10) NOT NULL,
    "key" TEXT,
    "data" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_alerts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'ru',
    "frequency" "AlertFrequency" NOT NULL,
    "query" TEXT NOT NULL,
    "confirmTokenHash" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "coveredUntil" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSentAt" TIMESTAMP(3),
    "addressHash" VARCHAR(64),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_alert_deliveries" (
    "alertId" UUID NOT NULL,
    "vacancyId" UUID NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_alert_deliveries_pkey" PRIMARY KEY ("alertId","vacancyId")
);

-- CreateIndex
CREATE INDEX "application_status_events_applicationId_createdAt_idx" ON "application_status_events"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "job_alerts_confirmTokenHash_key" ON "job_alerts"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "job_alerts_confirmedAt_frequency_idx" ON "job_alerts"("confirmedAt", "frequency");

-- CreateIndex
CREATE INDEX "job_alerts_createdAt_idx" ON "job_alerts"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "job_alerts_email_query_key" ON "job_alerts"("email", "query");

-- CreateIndex
CREATE INDEX "job_alert_deliveries_vacancyId_idx" ON "job_alert_deliveries"("vacancyId");

-- CreateIndex
CREATE INDEX "job_alert_deliveries_sentAt_idx" ON "job_alert_deliveries"("sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "applications_cvFileId_key" ON "applications"("cvFileId");

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_cvFileId_fkey" FOREIGN KEY ("cvFileId") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_status_events" ADD CONSTRAINT "application_status_events_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_status_events" ADD CONSTRAINT "application_status_events_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_alert_deliveries" ADD CONSTRAINT "job_alert_deliveries_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "job_alerts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_alert_deliveries" ADD CONSTRAINT "job_alert_deliveries_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every existing application was sent when it was created, and moved once to where it is now.
INSERT INTO "application_status_events" ("applicationId", "fromStatus", "toStatus", "createdAt")
SELECT "id", NULL, 'new', "createdAt" FROM "applications";
INSERT INTO "application_status_events" ("applicationId", "fromStatus", "toStatus", "createdAt")
SELECT "id", 'new', "status", COALESCE("withdrawnAt", "updatedAt") FROM "applications" WHERE "status" <> 'new';
