// Staff roles (Account.role) in PostgreSQL: the StaffDirectory port, and the grants of the
// `dpa-bot staff` command, each audited under the operator's name (Bijlage 2).
import type { Actor } from "../../../domain/ports.ts";
import type { StaffDirectory, StaffMember, StaffRole } from "../../../domain/staff/staff-directory.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";

const RANK: Record<StaffRole, number> = { reporter: 0, admin: 1, privacy_officer: 2 };

export function createStaffDirectory(db: Db): StaffDirectory {
  return {
    async roleOf(actor) {
      // A Slack user id is one person across the workspaces of an organisation: any of their
      // accounts carries the grant.
      const rows = await db.account.findMany({
        where: { platform: actor.platform, platformUserId: actor.userId },
        select: { role: true },
      });
      return rows.reduce<StaffRole>(
        (best, row) => (RANK[row.role] > RANK[best] ? row.role : best),
        "reporter",
      );
    },
  };
}

export interface StaffGrant {
  platform: "slack" | "teams" | "cli";
  userId: string;
  workspaceId?: string;
  role: StaffRole;
}

/** Sets the role on every account of that person (creating one when they never used the bot). */
export async function setStaffRole(
  prisma: PrismaClient,
  grant: StaffGrant,
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
    if (accounts.length === 0) {
      accounts = [
        await tx.account.create({
          data: { ...where, workspaceId: grant.workspaceId ?? "", displayName: grant.userId },
        }),
      ];
    }
    for (const account of accounts) {
      await tx.account.update({ where: { id: account.id }, data: { role: grant.role } });
      await recordAudit(tx, operator, {
        action: "staff.role_set",
        entityType: "Account",
        entityId: account.id,
        before: { role: account.role },
        after: { role: grant.role },
      });
    }
    return accounts.length;
  });
}

/** Every account with a role beyond reporter. */
export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db.account.findMany({
    where: { role: { not: "reporter" } },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
  });
  return rows.map((r) => ({
    platform: r.platform,
    userId: r.platformUserId,
    workspaceId: r.workspaceId,
    displayName: r.displayName,
    role: r.role,
  }));
}
