-- AlterTable
ALTER TABLE "vacancies" ADD COLUMN     "expiryRemindedFor" TIMESTAMP(3);
