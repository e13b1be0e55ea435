// What a Slack dialog needs to know about the person opening it, read in one statement: their
// language preference (as findLanguagePreference) and the roles of their accounts (as the access
// control's rolesOf). /datalek reads both on every command; one round trip instead of two.
import type { AccessControl } from "../../../domain/access/access-control.ts";
import type { StaffRole } from "../../../domain/access/roles.ts";
import type { Actor, Language } from "../../../domain/ports.ts";
import type { Db } from "./audit.ts";

export interface PersonRecord {
  language: Language | null;
  /** Of any of their accounts on the platform: a Slack user id is one person across workspaces. */
  roles: StaffRole[];
}

export async function findPersonRecord(
  db: Db,
  platform: "slack" | "teams",
  workspaceId: string,
  userId: string,
): Promise<PersonRecord> {
  const [row] = await db.$queryRaw<Array<{ language: Language | null; roles: StaffRole[] | null }>>`
    SELECT
      COALESCE(
        (SELECT language FROM "Account"
          WHERE platform = ${platform}::"Platform" AND "workspaceId" = ${workspaceId}
            AND "platformUserId" = ${userId}),
        (SELECT language FROM "Workspace"
          WHERE platform = ${platform}::"Platform" AND "externalId" = ${workspaceId})
      )::text AS language,
      (SELECT array_agg(DISTINCT role::text) FROM "Account", unnest(roles) AS role
        WHERE platform = ${platform}::"Platform" AND "platformUserId" = ${userId}) AS roles`;
  return { language: row?.language ?? null, roles: row?.roles ?? [] };
}

/** The access control, answering rolesOf for `actor` from roles read earlier in the same request. */
export function withKnownRoles(
  access: AccessControl,
  actor: Pick<Actor, "platform" | "userId">,
  roles: StaffRole[],
): AccessControl {
  return {
    rolesOf: async (who) =>
      who.platform === actor.platform && who.userId === actor.userId ? roles : access.rolesOf(who),
    recordRefusal: (who, refusal) => access.recordRefusal(who, refusal),
    privacyOfficerNamed: () => access.privacyOfficerNamed(),
  };
}
