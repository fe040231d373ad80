-- CreateEnum
CREATE TYPE "Industry" AS ENUM ('ecommerce', 'finance', 'edtech', 'telecom', 'software', 'other');

-- CreateEnum
CREATE TYPE "Schedule" AS ENUM ('fullDay', 'shift', 'flexible');

-- CreateEnum
CREATE TYPE "Employment" AS ENUM ('full', 'part', 'project');

-- CreateEnum
CREATE TYPE "Experience" AS ENUM ('noExperience', 'between1And3', 'between3And6', 'moreThan6');

-- CreateEnum
CREATE TYPE "SalaryPeriod" AS ENUM ('month', 'hour', 'shift');

-- CreateEnum
CREATE TYPE "LanguageLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('employment', 'civil', 'selfEmployed', 'soleTrader', 'contractor');

-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('draft', 'pending', 'published', 'rejected', 'closed', 'expired', 'removed');

-- CreateEnum
CREATE TYPE "ApplyMode" AS ENUM ('form', 'url', 'email');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('employer', 'admin');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('owner', 'member');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('new', 'viewed', 'shortlisted', 'invited', 'hired', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "NotificationMode" AS ENUM ('immediate', 'daily');

-- CreateEnum
CREATE TYPE "ReportCategory" AS ENUM ('scam', 'upfrontPayment', 'personalData', 'misleading', 'discrimination', 'spam', 'other');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'dismissed', 'actioned');

-- CreateEnum
CREATE TYPE "ModerationAction" AS ENUM ('submitted', 'approved', 'rejected', 'revisionSubmitted', 'revisionApproved', 'revisionRejected', 'closed', 'expired', 'renewed', 'removed', 'restored');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'employer',
    "locale" TEXT NOT NULL DEFAULT 'ru',
    "applicationNotices" "NotificationMode" NOT NULL DEFAULT 'immediate',
    "blockedAt" TIMESTAMP(3),
    "blockedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "password_reset_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "website" TEXT,
    "logoUrl" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "industry" "Industry" NOT NULL DEFAULT 'other',
    "legalName" TEXT,
    "taxId" TEXT,
    "country" CHAR(2),
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "warnedAt" TIMESTAMP(3),
    "blockedAt" TIMESTAMP(3),
    "blockedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "companyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("companyId","userId")
);

-- CreateTable
CREATE TABLE "company_invitations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'member',
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vacancies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "companyId" UUID NOT NULL,
    "createdById" UUID,
    "status" "VacancyStatus" NOT NULL DEFAULT 'draft',
    "locale" VARCHAR(5) NOT NULL DEFAULT 'ru',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "companyName" TEXT NOT NULL DEFAULT '',
    "industry" "Industry" NOT NULL,
    "schedule" "Schedule" NOT NULL,
    "employment" "Employment" NOT NULL,
    "experience" "Experience" NOT NULL,
    "salaryFrom" DECIMAL(14,2),
    "salaryTo" DECIMAL(14,2),
    "salaryCurrency" CHAR(3),
    "salaryPeriod" "SalaryPeriod",
    "salaryGross" BOOLEAN,
    "salaryMinRub" INTEGER,
    "salaryMaxRub" INTEGER,
    "shiftPattern" VARCHAR(10),
    "shiftsPerWeek" DECIMAL(3,1),
    "hoursPerWeek" INTEGER,
    "nightShifts" BOOLEAN NOT NULL DEFAULT false,
    "weekendWork" BOOLEAN NOT NULL DEFAULT false,
    "trainingProvided" BOOLEAN NOT NULL DEFAULT false,
    "trainingPaid" BOOLEAN,
    "trainingDays" INTEGER,
    "trainingNote" TEXT,
    "hasKpi" BOOLEAN NOT NULL DEFAULT false,
    "kpiConcurrentChats" INTEGER,
    "kpiFirstResponseSec" INTEGER,
    "kpiNote" TEXT,
    "voiceRequired" BOOLEAN NOT NULL DEFAULT false,
    "equipmentProvided" BOOLEAN NOT NULL DEFAULT false,
    "minInternetMbps" INTEGER,
    "equipmentNote" TEXT,
    "abroadAllowed" BOOLEAN NOT NULL DEFAULT false,
    "abroadCountries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contractTypes" "ContractType"[] DEFAULT ARRAY[]::"ContractType"[],
    "applyMode" "ApplyMode" NOT NULL DEFAULT 'form',
    "applyUrl" TEXT,
    "applyEmail" TEXT,
    "publishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "moderationReason" TEXT,
    "riskScore" INTEGER,
    "riskReasons" JSONB,
    -- PostgreSQL's russian configuration stems Cyrillic words with the Russian snowball stemmer and
    -- Latin words with the English one, so one vector serves both languages.
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('russian'::regconfig, coalesce("title", '')), 'A') ||
        setweight(to_tsvector('russian'::regconfig, coalesce("companyName", '')), 'B') ||
        setweight(to_tsvector('russian'::regconfig, coalesce("description", '')), 'C')
    ) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "vacancies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vacancy_languages" (
    "vacancyId" UUID NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "level" "LanguageLevel" NOT NULL,

    CONSTRAINT "vacancy_languages_pkey" PRIMARY KEY ("vacancyId","language")
);

-- CreateTable
CREATE TABLE "shift_slots" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vacancyId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "startMinute" SMALLINT NOT NULL,
    "endMinute" SMALLINT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "utcStartMinute" SMALLINT NOT NULL,
    "utcEndMinute" SMALLINT NOT NULL,

    CONSTRAINT "shift_slots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vacancy_revisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vacancyId" UUID NOT NULL,
    "data" JSONB NOT NULL,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rejectedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "riskScore" INTEGER,
    "riskReasons" JSONB,

    CONSTRAINT "vacancy_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vacancyId" UUID NOT NULL,
    "actorId" UUID,
    "action" "ModerationAction" NOT NULL,
    "reason" TEXT,
    "riskScore" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vacancy_daily_stats" (
    "vacancyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    "applyClicks" INTEGER NOT NULL DEFAULT 0,
    "applications" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "vacancy_daily_stats_pkey" PRIMARY KEY ("vacancyId","day")
);

-- CreateTable
CREATE TABLE "vacancy_visits" (
    "vacancyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "visitorHash" VARCHAR(64) NOT NULL,

    CONSTRAINT "vacancy_visits_pkey" PRIMARY KEY ("vacancyId","day","visitorHash")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vacancyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "telegram" TEXT,
    "languages" JSONB NOT NULL DEFAULT '[]',
    "experience" "Experience",
    "preferredShifts" TEXT,
    "coverMessage" TEXT NOT NULL DEFAULT '',
    "cvUrl" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'new',
    "withdrawTokenHash" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_notes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "applicationId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scam_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vacancyId" UUID NOT NULL,
    "category" "ReportCategory" NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "reporterEmail" TEXT,
    "reporterHash" VARCHAR(64),
    "status" "ReportStatus" NOT NULL DEFAULT 'open',
    "resolution" TEXT,
    "resolvedById" UUID,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scam_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exchange_rates" (
    "currency" CHAR(3) NOT NULL,
    "rubPerUnit" DECIMAL(18,6) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "exchange_rates_pkey" PRIMARY KEY ("currency")
);

-- CreateTable
CREATE TABLE "outbox_mail" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "outbox_mail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_userId_idx" ON "accounts"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_providerAccountId_key" ON "accounts"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_sessionToken_key" ON "sessions"("sessionToken");

-- CreateIndex
CREATE INDEX "sessions_userId_idx" ON "sessions"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_tokens_tokenHash_key" ON "password_reset_tokens"("tokenHash");

-- CreateIndex
CREATE INDEX "password_reset_tokens_userId_idx" ON "password_reset_tokens"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "companies_slug_key" ON "companies"("slug");

-- CreateIndex
CREATE INDEX "companies_blockedAt_idx" ON "companies"("blockedAt");

-- CreateIndex
CREATE INDEX "memberships_userId_idx" ON "memberships"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "company_invitations_tokenHash_key" ON "company_invitations"("tokenHash");

-- CreateIndex
CREATE INDEX "company_invitations_companyId_idx" ON "company_invitations"("companyId");

-- CreateIndex
CREATE INDEX "company_invitations_email_idx" ON "company_invitations"("email");

-- CreateIndex
CREATE UNIQUE INDEX "vacancies_slug_key" ON "vacancies"("slug");

-- CreateIndex
CREATE INDEX "vacancies_status_publishedAt_idx" ON "vacancies"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "vacancies_status_expiresAt_idx" ON "vacancies"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "vacancies_companyId_status_idx" ON "vacancies"("companyId", "status");

-- CreateIndex
CREATE INDEX "vacancies_status_industry_idx" ON "vacancies"("status", "industry");

-- CreateIndex
CREATE INDEX "vacancies_status_schedule_idx" ON "vacancies"("status", "schedule");

-- CreateIndex
CREATE INDEX "vacancies_status_employment_idx" ON "vacancies"("status", "employment");

-- CreateIndex
CREATE INDEX "vacancies_status_experience_idx" ON "vacancies"("status", "experience");

-- CreateIndex
CREATE INDEX "vacancies_status_salaryMaxRub_idx" ON "vacancies"("status", "salaryMaxRub" DESC);

-- CreateIndex
CREATE INDEX "vacancies_status_salaryMinRub_idx" ON "vacancies"("status", "salaryMinRub");

-- CreateIndex
CREATE INDEX "vacancies_status_trainingProvided_voiceRequired_abroadAllow_idx" ON "vacancies"("status", "trainingProvided", "voiceRequired", "abroadAllowed", "nightShifts");

-- CreateIndex
CREATE INDEX "vacancies_searchVector_idx" ON "vacancies" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "vacancy_languages_language_vacancyId_idx" ON "vacancy_languages"("language", "vacancyId");

-- CreateIndex
CREATE INDEX "shift_slots_vacancyId_idx" ON "shift_slots"("vacancyId");

-- CreateIndex
CREATE INDEX "shift_slots_utcStartMinute_utcEndMinute_idx" ON "shift_slots"("utcStartMinute", "utcEndMinute");

-- CreateIndex
CREATE UNIQUE INDEX "vacancy_revisions_vacancyId_key" ON "vacancy_revisions"("vacancyId");

-- CreateIndex
CREATE INDEX "moderation_events_vacancyId_createdAt_idx" ON "moderation_events"("vacancyId", "createdAt");

-- CreateIndex
CREATE INDEX "moderation_events_action_createdAt_idx" ON "moderation_events"("action", "createdAt");

-- CreateIndex
CREATE INDEX "vacancy_visits_day_idx" ON "vacancy_visits"("day");

-- CreateIndex
CREATE UNIQUE INDEX "applications_withdrawTokenHash_key" ON "applications"("withdrawTokenHash");

-- CreateIndex
CREATE INDEX "applications_vacancyId_status_createdAt_idx" ON "applications"("vacancyId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "applications_vacancyId_email_key" ON "applications"("vacancyId", "email");

-- CreateIndex
CREATE INDEX "application_notes_applicationId_createdAt_idx" ON "application_notes"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "scam_reports_status_createdAt_idx" ON "scam_reports"("status", "createdAt");

-- CreateIndex
CREATE INDEX "scam_reports_vacancyId_idx" ON "scam_reports"("vacancyId");

-- CreateIndex
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "audit_log_actorId_createdAt_idx" ON "audit_log"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "audit_log_targetType_targetId_idx" ON "audit_log"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "outbox_mail_to_createdAt_idx" ON "outbox_mail"("to", "createdAt");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_invitations" ADD CONSTRAINT "company_invitations_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_invitations" ADD CONSTRAINT "company_invitations_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_salaryCurrency_fkey" FOREIGN KEY ("salaryCurrency") REFERENCES "exchange_rates"("currency") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_languages" ADD CONSTRAINT "vacancy_languages_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shift_slots" ADD CONSTRAINT "shift_slots_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_revisions" ADD CONSTRAINT "vacancy_revisions_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_revisions" ADD CONSTRAINT "vacancy_revisions_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_daily_stats" ADD CONSTRAINT "vacancy_daily_stats_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_visits" ADD CONSTRAINT "vacancy_visits_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scam_reports" ADD CONSTRAINT "scam_reports_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scam_reports" ADD CONSTRAINT "scam_reports_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Keep vacancies."companyName" (covered by the search vector) equal to the company's name.
CREATE FUNCTION "vacancies_copy_company_name"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT "name" INTO NEW."companyName" FROM "companies" WHERE "id" = NEW."companyId";
    RETURN NEW;
END;
$$;

CREATE TRIGGER "vacancies_company_name"
    BEFORE INSERT OR UPDATE OF "companyId" ON "vacancies"
    FOR EACH ROW EXECUTE FUNCTION "vacancies_copy_company_name"();

CREATE FUNCTION "companies_propagate_name"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "vacancies" SET "companyName" = NEW."name" WHERE "companyId" = NEW."id";
    RETURN NEW;
END;
$$;

CREATE TRIGGER "companies_name"
    AFTER UPDATE OF "name" ON "companies"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION "companies_propagate_name"();
