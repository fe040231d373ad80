-- Company profile (issue 12): size, benefits, Telegram and VK links, and an uploaded logo instead of logoUrl.
-- logoUrl was an address typed by the employer and shown nowhere; hotlinking it would leak visitors' addresses
-- to any host and bypass our image checks, so it goes (docs/decisions/026-company-logos.md).

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('upTo10', 'between11And50', 'between51And200', 'between201And1000', 'moreThan1000');

-- CreateEnum
CREATE TYPE "CompanyBenefit" AS ENUM ('paidTraining', 'mentor', 'equipment', 'internet', 'paidLeave', 'healthInsurance', 'bonuses', 'careerGrowth', 'learning', 'wellbeing');

-- AlterTable
ALTER TABLE "companies" DROP COLUMN "logoUrl",
ADD COLUMN     "benefits" "CompanyBenefit"[] DEFAULT ARRAY[]::"CompanyBenefit"[],
ADD COLUMN     "customBenefits" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "logoHash" VARCHAR(32),
ADD COLUMN     "size" "CompanySize",
ADD COLUMN     "telegramUrl" TEXT,
ADD COLUMN     "vkUrl" TEXT;

-- CreateTable
CREATE TABLE "company_logo_files" (
    "companyId" UUID NOT NULL,
    "size" SMALLINT NOT NULL,
    "hash" VARCHAR(32) NOT NULL,
    "fileId" UUID NOT NULL,

    CONSTRAINT "company_logo_files_pkey" PRIMARY KEY ("companyId","size")
);

-- CreateIndex
CREATE UNIQUE INDEX "company_logo_files_fileId_key" ON "company_logo_files"("fileId");

-- CreateIndex
CREATE INDEX "company_logo_files_hash_size_idx" ON "company_logo_files"("hash", "size");

-- AddForeignKey
ALTER TABLE "company_logo_files" ADD CONSTRAINT "company_logo_files_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_logo_files" ADD CONSTRAINT "company_logo_files_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
