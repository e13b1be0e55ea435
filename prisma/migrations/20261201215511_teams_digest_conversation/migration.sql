-- AlterTable
ALTER TABLE "ConversationReference" ADD COLUMN     "digest" BOOLEAN NOT NULL DEFAULT false;
