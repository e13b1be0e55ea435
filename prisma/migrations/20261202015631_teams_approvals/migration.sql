-- AlterEnum
ALTER TYPE "ApprovalChannel" ADD VALUE 'teams';

-- AlterTable
ALTER TABLE "ConversationReference" ADD COLUMN     "userAadId" TEXT;

-- CreateIndex
CREATE INDEX "ConversationReference_userAadId_idx" ON "ConversationReference"("userAadId");
