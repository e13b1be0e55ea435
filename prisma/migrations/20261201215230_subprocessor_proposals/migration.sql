-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('open', 'withdrawn');

-- CreateEnum
CREATE TYPE "DecisionVia" AS ENUM ('slack', 'teams', 'email_link', 'written_consent');

-- CreateEnum
CREATE TYPE "ApprovalChannel" AS ENUM ('slack', 'email');

-- CreateEnum
CREATE TYPE "ApprovalSendStatus" AS ENUM ('pending', 'claimed', 'sent', 'failed', 'cancelled');

-- AlterEnum
ALTER TYPE "Platform" ADD VALUE 'email';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "slackChannelId" TEXT;

-- AlterTable
ALTER TABLE "CustomerSubProcessor" ADD COLUMN     "proposalId" UUID;

-- CreateTable
CREATE TABLE "SubProcessorProposal" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'open',
    "subProcessorName" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "mechanism" "TransferMechanism" NOT NULL DEFAULT 'none',
    "dataCategories" TEXT NOT NULL,
    "intendedStart" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "allCustomers" BOOLEAN NOT NULL DEFAULT false,
    "proposerAccountId" UUID NOT NULL,
    "proposerLanguage" "Language" NOT NULL DEFAULT 'nl',
    "platform" "Platform",
    "channelId" TEXT,
    "messageId" TEXT,
    "idempotencyKey" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SubProcessorProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalCustomer" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'pending',
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedByAccountId" UUID,
    "decidedByName" TEXT,
    "via" "DecisionVia",
    "reason" TEXT,
    "nonEeaConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "evidence" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProposalCustomer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalRequest" (
    "id" UUID NOT NULL,
    "proposalCustomerId" UUID NOT NULL,
    "contactId" UUID,
    "channel" "ApprovalChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "status" "ApprovalSendStatus" NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "messageChannelId" TEXT,
    "messageId" TEXT,
    "messageStale" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApprovalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalLink" (
    "id" UUID NOT NULL,
    "approvalRequestId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfHash" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubProcessorProposal_reference_key" ON "SubProcessorProposal"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "SubProcessorProposal_idempotencyKey_key" ON "SubProcessorProposal"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ProposalCustomer_status_idx" ON "ProposalCustomer"("status");

-- CreateIndex
CREATE INDEX "ProposalCustomer_customerId_idx" ON "ProposalCustomer"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalCustomer_proposalId_customerId_key" ON "ProposalCustomer"("proposalId", "customerId");

-- CreateIndex
CREATE INDEX "ApprovalRequest_status_nextAttemptAt_idx" ON "ApprovalRequest"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalRequest_proposalCustomerId_channel_recipient_key" ON "ApprovalRequest"("proposalCustomerId", "channel", "recipient");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalLink_tokenHash_key" ON "ApprovalLink"("tokenHash");

-- AddForeignKey
ALTER TABLE "SubProcessorProposal" ADD CONSTRAINT "SubProcessorProposal_proposerAccountId_fkey" FOREIGN KEY ("proposerAccountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCustomer" ADD CONSTRAINT "ProposalCustomer_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "SubProcessorProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCustomer" ADD CONSTRAINT "ProposalCustomer_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_proposalCustomerId_fkey" FOREIGN KEY ("proposalCustomerId") REFERENCES "ProposalCustomer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalLink" ADD CONSTRAINT "ApprovalLink_approvalRequestId_fkey" FOREIGN KEY ("approvalRequestId") REFERENCES "ApprovalRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
