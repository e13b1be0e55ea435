-- AlterTable
ALTER TABLE "IncidentCustomer" ADD COLUMN     "notificationAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "notificationError" TEXT,
ADD COLUMN     "notificationRequestedByAccountId" UUID,
ADD COLUMN     "notificationRetryAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "IncidentCustomer_notificationRetryAt_idx" ON "IncidentCustomer"("notificationRetryAt");
