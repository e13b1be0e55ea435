// Staff roles (Account.roles) in PostgreSQL: the permission model's AccessControl port, and the
// grants of the `dpa-bot staff` command, each audited under the operator's name (Bijlage 2).
import type { AccessControl } from "../../../domain/access/access-control.ts";
import type { StaffRole } from "../../../domain/access/roles.ts";
import type { Actor } from "../../../domain/ports.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";

/** One audit row per person, action and object in this window; at most REFUSALS_PER_WINDOW per person. */
const REFUSAL_WINDOW = "10 minutes";
const REFUSALS_PER_WINDOW = 20;

export function createAccessControl(db: Db): AccessControl {
  return {
    privacyOfficerNamed: () => hasPrivacyOfficer(db),
    async rolesOf(actor) {
      // A Slack user id is one person across the workspaces of an organisation: any of their
      // accounts carries the grant.
      const rows = await db.account.findMany({
        where: { platform: actor.platform, platformUserId: actor.userId },
        select: { roles: true },
      });
      return [...new Set(rows.flatMap((row) => row.roles))];
    },

    async recordRefusal(actor, refusal) {
      const entityType = refusal.object?.type ?? "Capability";
      const entityId = refusal.object?.id ?? refusal.capability;
      const [recent] = await db.$queryRaw<Array<{ same: bigint; total: bigint }>>`
        SELECT count(*) FILTER (WHERE "entityType" = ${entityType} AND "entityId" = ${entityId}
                                  AND "after"->>'capability' = ${refusal.capability}) AS same,
               count(*) AS total
        FROM "AuditLog"
        WHERE "action" = 'access.refused' AND "actorPlatform" = ${actor.platform}::"Platform"
          AND "actorUserId" = ${actor.userId} AND "at" > now() - ${REFUSAL_WINDOW}::interval`;
      if (recent && (recent.same > 0n || recent.total >= BigInt(REFUSALS_PER_WINDOW))) return;
      await recordAudit(db, actor, {
        action: "access.refused",
        entityType,
        entityId,
        after: { capability: refusal.capability, reason: refusal.reason, standing: actor.standing ?? null },
      });
    },
  };
}

export interface StaffGrant {
  /** "web": a person the console knows by e-mail address only (userId: the lower-cased address). */
  platform: "slack" | "teams" | "cli" | "web";
  userId: string;
  workspaceId?: string;
  role: StaffRole;
}

/**
 * Grants or revokes one role on every account of that person (creating one when they never used
 * the bot). Returns how many accounts changed.
 */
export async function changeStaffRole(
  prisma: PrismaClient,
  grant: StaffGrant,
  change: "grant" | "revoke",
  operator: Actor,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await ensureAccount(tx, operator);
    const where = {
      platform: grant.platform,
      platformUserId: grant.userId,
      ...(grant.workspaceId ? { workspaceId: grant.workspaceId } : {}),
    };
    let accounts = await tx.account.findMany({ where });
    if (accounts.length === 0 && change === "grant") {
      accounts = [
        await tx.account.create({
          data: {
            ...where,
            workspaceId: grant.workspaceId ?? "",
            displayName: grant.userId,
            // The console matches a sign-in by this address (src/adapters/web/console/auth/).
            ...(grant.platform === "web" ? { email: grant.userId } : {}),
          },
        }),
      ];
    }
    let changed = 0;
    for (const account of accounts) {
      const has = account.roles.includes(grant.role);
      if (has === (change === "grant")) continue;
      const roles = has ? account.roles.filter((r) => r !== grant.role) : [...account.roles, grant.role];
      await tx.account.update({ where: { id: account.id }, data: { roles } });
      await recordAudit(tx, operator, {
        action: change === "grant" ? "staff.role_granted" : "staff.role_revoked",
        entityType: "Account",
        entityId: account.id,
        before: { roles: account.roles },
        after: { roles },
      });
      changed++;
    }
    return changed;
  });
}

export interface StaffMember {
  platform: Actor["platform"];
  userId: string;
  workspaceId: string;
  displayName: string;
  roles: StaffRole[];
}

/** Every account with at least one granted role. */
export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db.account.findMany({
    where: { NOT: { roles: { isEmpty: true } } },
    orderBy: [{ displayName: "asc" }],
  });
  return rows.map((r) => ({
    platform: r.platform,
    userId: r.platformUserId,
    workspaceId: r.workspaceId,
    displayName: r.displayName,
    roles: r.roles,
  }));
}

/** First run (README): until one is named, nobody can notify customers. */
export async function hasPrivacyOfficer(db: Db): Promise<boolean> {
  return (await db.account.count({ where: { roles: { has: "privacy_officer" } } })) > 0;
}
