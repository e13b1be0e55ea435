-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "postAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "postHeldUntil" TIMESTAMPTZ(3);
