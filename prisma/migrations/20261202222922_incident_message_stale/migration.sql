-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "messageStale" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Incident_messageStale_idx" ON "Incident"("messageStale");
