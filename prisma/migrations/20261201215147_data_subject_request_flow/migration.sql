-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "dsrTypes" "DsrType"[] DEFAULT ARRAY[]::"DsrType"[];

-- AlterTable
ALTER TABLE "DataSubjectRequest" ADD COLUMN     "acknowledgedAt" TIMESTAMPTZ(3),
ADD COLUMN     "channelId" TEXT,
ADD COLUMN     "closingNote" TEXT,
ADD COLUMN     "detailsErasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "forwardAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "forwardError" TEXT,
ADD COLUMN     "forwardMessageId" TEXT,
ADD COLUMN     "forwardRetryAt" TIMESTAMPTZ(3),
ADD COLUMN     "forwardSendKey" TEXT,
ADD COLUMN     "forwardSendingUntil" TIMESTAMPTZ(3),
ADD COLUMN     "forwardedToEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "forwardedVia" TEXT,
ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "platform" "Platform",
ADD COLUMN     "reporterUserId" TEXT,
ADD COLUMN     "requestText" TEXT;

-- CreateIndex
CREATE INDEX "DataSubjectRequest_closedAt_idx" ON "DataSubjectRequest"("closedAt");
