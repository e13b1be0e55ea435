-- AlterTable
ALTER TABLE "IncidentCustomer" ADD COLUMN     "notificationSendKey" TEXT,
ADD COLUMN     "notificationSendingUntil" TIMESTAMPTZ(3);
