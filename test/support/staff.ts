// Staff roles for tests: the permission model reads them from the database, as in production.
import { createAccessControl } from "../../src/adapters/db/repositories/staff.ts";
import type { StaffRole } from "../../src/domain/access/roles.ts";
import type { Actor } from "../../src/domain/ports.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";

/** Gives `who` these roles on their account (created when missing), without an audit row. */
export async function grantRoles(
  prisma: PrismaClient,
  who: Pick<Actor, "platform" | "userId" | "displayName"> & { workspaceId?: string },
  ...roles: StaffRole[]
): Promise<void> {
  const workspaceId = who.workspaceId ?? "";
  await prisma.account.upsert({
    where: {
      platform_workspaceId_platformUserId: {
        platform: who.platform,
        workspaceId,
        platformUserId: who.userId,
      },
    },
    create: {
      platform: who.platform,
      workspaceId,
      platformUserId: who.userId,
      displayName: who.displayName,
      roles,
    },
    update: { roles },
  });
}

export { createAccessControl };

/** A member of our own workspace, as the Slack front door would name them (no role by default). */
export const STEVE: Actor = {
  platform: "slack",
  userId: "U1",
  workspaceId: "T1",
  displayName: "Steve Peeters",
  standing: "member",
};
