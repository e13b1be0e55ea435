-- French: customers, people, workspaces and tenants may speak it (src/domain/i18n/languages.ts).
-- AlterEnum
ALTER TYPE "Language" ADD VALUE 'fr';
