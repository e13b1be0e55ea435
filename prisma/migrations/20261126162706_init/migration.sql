-- CreateEnum
CREATE TYPE "Language" AS ENUM ('nl', 'en');

-- CreateEnum
CREATE TYPE "Authority" AS ENUM ('GBA', 'AP');

-- CreateEnum
CREATE TYPE "ContactRole" AS ENUM ('breach', 'dsr', 'approver', 'dpo');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('slack', 'teams', 'cli', 'system');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('reporter', 'privacy_officer', 'admin');

-- CreateEnum
CREATE TYPE "TransferMechanism" AS ENUM ('none', 'adequacy', 'scc', 'bcr');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('phone', 'email');

-- CreateEnum
CREATE TYPE "AuthorityDecision" AS ENUM ('pending', 'notify', 'not_notify', 'notified');

-- CreateEnum
CREATE TYPE "DsrType" AS ENUM ('access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'other');

-- CreateEnum
CREATE TYPE "DsrStatus" AS ENUM ('received', 'forwarded', 'closed');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('pending', 'claimed', 'sent', 'superseded', 'cancelled', 'failed');

-- CreateTable
CREATE TABLE "Customer" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enterpriseNumber" TEXT,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "authority" "Authority" NOT NULL DEFAULT 'GBA',
    "forwardSlaHours" INTEGER,
    "contractStart" DATE,
    "contractEnd" DATE,
    "retentionDaysAfterEnd" INTEGER,
    "reviewIntervalMonths" INTEGER NOT NULL DEFAULT 12,
    "lastSecurityReviewAt" TIMESTAMPTZ(3),
    "processingNature" TEXT,
    "processingPurpose" TEXT,
    "dataCategories" TEXT[],
    "dataSubjectCategories" TEXT[],
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "roles" "ContactRole"[],
    "slackUserId" TEXT,
    "teamsUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubProcessor" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "mechanism" "TransferMechanism" NOT NULL DEFAULT 'none',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SubProcessor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerSubProcessor" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "subProcessorId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'pending',
    "nonEeaConsent" BOOLEAN NOT NULL DEFAULT false,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedByAccountId" UUID,
    "consentReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerSubProcessor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL DEFAULT '',
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "language" "Language",
    "role" "StaffRole" NOT NULL DEFAULT 'reporter',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationReference" (
    "id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "conversationId" TEXT NOT NULL,
    "serviceUrl" TEXT,
    "tenantId" TEXT,
    "teamId" TEXT,
    "name" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'channel',
    "reference" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConversationReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'open',
    "discoveredAt" TIMESTAMPTZ(3) NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reporterAccountId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "consequences" TEXT,
    "breachStartedAt" TIMESTAMPTZ(3),
    "breachEndedAt" TIMESTAMPTZ(3),
    "ongoing" BOOLEAN,
    "natureAvailability" BOOLEAN NOT NULL DEFAULT false,
    "natureIntegrity" BOOLEAN NOT NULL DEFAULT false,
    "natureConfidentiality" BOOLEAN NOT NULL DEFAULT false,
    "dataCategories" TEXT,
    "specialCategories" BOOLEAN,
    "recordsMin" INTEGER,
    "recordsMax" INTEGER,
    "subjectsMin" INTEGER,
    "subjectsMax" INTEGER,
    "measures" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "platform" "Platform",
    "channelId" TEXT,
    "messageId" TEXT,
    "idempotencyKey" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "closedByAccountId" UUID,
    "closingNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentCustomer" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "notifyDeadline" TIMESTAMPTZ(3) NOT NULL,
    "notifiedAt" TIMESTAMPTZ(3),
    "notifiedVia" "NotificationChannel",
    "notifiedTo" TEXT,
    "notifiedByAccountId" UUID,
    "notificationMessageId" TEXT,
    "authorityDeadline" TIMESTAMPTZ(3) NOT NULL,
    "authorityDecision" "AuthorityDecision" NOT NULL DEFAULT 'pending',
    "authorityDecisionAt" TIMESTAMPTZ(3),
    "authorityDecidedByAccountId" UUID,
    "authorityDecisionNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncidentCustomer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentUpdate" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accountId" UUID,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "IncidentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "type" "DsrType" NOT NULL,
    "status" "DsrStatus" NOT NULL DEFAULT 'received',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedVia" TEXT,
    "subjectDetails" TEXT,
    "summary" TEXT,
    "forwardDueAt" TIMESTAMPTZ(3) NOT NULL,
    "forwardedAt" TIMESTAMPTZ(3),
    "forwardedToContactId" UUID,
    "forwardedByAccountId" UUID,
    "legalDeadline" TIMESTAMPTZ(3) NOT NULL,
    "extendedDeadline" TIMESTAMPTZ(3),
    "minutesSpent" INTEGER NOT NULL DEFAULT 0,
    "costCents" INTEGER NOT NULL DEFAULT 0,
    "reporterAccountId" UUID,
    "idempotencyKey" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DataSubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "clockKey" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'pending',
    "platform" "Platform",
    "channelId" TEXT,
    "payload" JSONB,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" UUID NOT NULL,
    "slot" TIMESTAMPTZ(3) NOT NULL,
    "platform" "Platform" NOT NULL,
    "channelId" TEXT NOT NULL,
    "claimedBy" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorPlatform" "Platform" NOT NULL,
    "actorUserId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Customer_key_key" ON "Customer"("key");

-- CreateIndex
CREATE INDEX "Customer_name_idx" ON "Customer"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_customerId_email_key" ON "Contact"("customerId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "SubProcessor_name_key" ON "SubProcessor"("name");

-- CreateIndex
CREATE INDEX "CustomerSubProcessor_status_idx" ON "CustomerSubProcessor"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSubProcessor_customerId_subProcessorId_key" ON "CustomerSubProcessor"("customerId", "subProcessorId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_platform_workspaceId_platformUserId_key" ON "Account"("platform", "workspaceId", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_platform_externalId_key" ON "Workspace"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationReference_platform_conversationId_key" ON "ConversationReference"("platform", "conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_reference_key" ON "Incident"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_idempotencyKey_key" ON "Incident"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Incident_status_idx" ON "Incident"("status");

-- CreateIndex
CREATE INDEX "Incident_discoveredAt_idx" ON "Incident"("discoveredAt");

-- CreateIndex
CREATE INDEX "IncidentCustomer_customerId_idx" ON "IncidentCustomer"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentCustomer_incidentId_customerId_key" ON "IncidentCustomer"("incidentId", "customerId");

-- CreateIndex
CREATE INDEX "IncidentUpdate_incidentId_at_idx" ON "IncidentUpdate"("incidentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectRequest_reference_key" ON "DataSubjectRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectRequest_idempotencyKey_key" ON "DataSubjectRequest"("idempotencyKey");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_status_idx" ON "DataSubjectRequest"("status");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_customerId_idx" ON "DataSubjectRequest"("customerId");

-- CreateIndex
CREATE INDEX "Reminder_status_dueAt_idx" ON "Reminder"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Reminder_entityType_entityId_idx" ON "Reminder"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_clockKey_step_key" ON "Reminder"("clockKey", "step");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_slot_platform_channelId_key" ON "DigestRun"("slot", "platform", "channelId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSubProcessor" ADD CONSTRAINT "CustomerSubProcessor_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSubProcessor" ADD CONSTRAINT "CustomerSubProcessor_subProcessorId_fkey" FOREIGN KEY ("subProcessorId") REFERENCES "SubProcessor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerSubProcessor" ADD CONSTRAINT "CustomerSubProcessor_decidedByAccountId_fkey" FOREIGN KEY ("decidedByAccountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_reporterAccountId_fkey" FOREIGN KEY ("reporterAccountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCustomer" ADD CONSTRAINT "IncidentCustomer_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCustomer" ADD CONSTRAINT "IncidentCustomer_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentUpdate" ADD CONSTRAINT "IncidentUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSubjectRequest" ADD CONSTRAINT "DataSubjectRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSubjectRequest" ADD CONSTRAINT "DataSubjectRequest_forwardedToContactId_fkey" FOREIGN KEY ("forwardedToContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
