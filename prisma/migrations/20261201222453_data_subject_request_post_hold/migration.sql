-- AlterTable
ALTER TABLE "DataSubjectRequest" ADD COLUMN     "postHeldUntil" TIMESTAMPTZ(3);
