-- AlterTable
ALTER TABLE "Customer" ALTER COLUMN "reviewIntervalMonths" DROP NOT NULL,
ALTER COLUMN "reviewIntervalMonths" DROP DEFAULT;
