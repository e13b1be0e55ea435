// A refusal is audited (Bijlage 2: logged use), but a flood of clicks cannot flood the append-only
// audit log: the same refusal is written once per ten minutes, and at most twenty per person.
import { describe, expect, it } from "vitest";
import { createAccessControl } from "../../../src/adapters/db/repositories/staff.ts";
import { AccessRefusal, authorize } from "../../../src/domain/access/access-control.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const member: Actor = {
  platform: "slack",
  userId: "U0CLICKER",
  workspaceId: "T0001",
  displayName: "C",
  standing: "member",
};
const refused = (actor: Actor) =>
  prisma.auditLog.count({ where: { action: "access.refused", actorUserId: actor.userId } });

describe("auditing refusals", () => {
  it("writes the same refusal once, however often it is repeated", async () => {
    const access = createAccessControl(prisma);
    const incident = { type: "Incident", id: "00000000-0000-4000-8000-0000000000aa" };
    for (let i = 0; i < 50; i++) {
      await expect(authorize(access, member, "incident.handle", incident)).rejects.toBeInstanceOf(
        AccessRefusal,
      );
    }
    expect(await refused(member)).toBe(1);
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: "access.refused" } })).toMatchObject({
      actorPlatform: "slack",
      actorName: "C",
      entityType: "Incident",
      entityId: incident.id,
      after: { capability: "incident.handle", reason: "role", standing: "member" },
    });
  });

  it("writes at most twenty refusals of one person within the window, and still refuses the rest", async () => {
    const access = createAccessControl(prisma);
    const flooder = { ...member, userId: "U0FLOODER" };
    for (let i = 0; i < 30; i++) {
      const object = { type: "Incident", id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` };
      await expect(authorize(access, flooder, "incident.handle", object)).rejects.toBeInstanceOf(
        AccessRefusal,
      );
    }
    expect(await refused(flooder)).toBe(20);
    // Another person's refusals are counted on their own.
    await expect(
      authorize(access, { ...member, userId: "U0OTHER" }, "customer.notify"),
    ).rejects.toBeInstanceOf(AccessRefusal);
    expect(await refused({ ...member, userId: "U0OTHER" })).toBe(1);
  });

  it("writes nothing when the action is allowed", async () => {
    const access = createAccessControl(prisma);
    const handler = { ...member, userId: "U0HANDLER" };
    await grantRoles(prisma, handler, "incident_handler");
    await authorize(access, handler, "incident.handle", { type: "Incident", id: "x" });
    expect(await refused(handler)).toBe(0);
  });
});
