-- AlterTable
ALTER TABLE "SubProcessorProposal" ADD COLUMN     "messageStale" BOOLEAN NOT NULL DEFAULT false;
