-- A person may hold several roles (an administrator who is also privacy officer), and two roles are
-- new: incident handler and auditor. "reporter" is no longer a grant: every member of our own
-- workspace or tenant reports without one. Existing grants are kept.
CREATE TYPE "StaffRole_new" AS ENUM ('incident_handler', 'privacy_officer', 'auditor', 'admin');

ALTER TABLE "Account" ADD COLUMN "roles" "StaffRole_new"[] NOT NULL DEFAULT ARRAY[]::"StaffRole_new"[];

UPDATE "Account" SET "roles" = ARRAY["role"::text::"StaffRole_new"] WHERE "role" <> 'reporter';

ALTER TABLE "Account" DROP COLUMN "role";

DROP TYPE "StaffRole";

ALTER TYPE "StaffRole_new" RENAME TO "StaffRole";
