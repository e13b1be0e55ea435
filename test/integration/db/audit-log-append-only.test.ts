// Bijlage 2 DPA: the use of named accounts is logged. The database itself refuses to rewrite that log.
import { describe, expect, it } from "vitest";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";

let db: TestDatabase;
useTestDatabase((created) => {
  db = created;
});

function addEntry() {
  return db.prisma.auditLog.create({
    data: {
      actorPlatform: "cli",
      actorUserId: "alice",
      actorName: "Alice",
      action: "customer.created",
      entityType: "Customer",
      entityId: "acme",
      after: { name: "Acme" },
    },
  });
}

describe("AuditLog", () => {
  it("accepts new entries", async () => {
    const entry = await addEntry();

    expect(await db.prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      action: "customer.created",
      after: { name: "Acme" },
    });
  });

  it("refuses to update an entry", async () => {
    const entry = await addEntry();

    await expect(
      db.prisma.auditLog.update({ where: { id: entry.id }, data: { action: "customer.deleted" } }),
    ).rejects.toThrow(/AuditLog is append-only: UPDATE is not allowed/);
    expect((await db.prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe(
      "customer.created",
    );
  });

  it("refuses to delete entries, even through raw SQL", async () => {
    const entry = await addEntry();

    await expect(db.prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(
      /append-only: DELETE/,
    );
    await expect(db.prisma.$executeRawUnsafe('DELETE FROM "AuditLog"')).rejects.toThrow(
      /append-only: DELETE/,
    );
    expect(await db.prisma.auditLog.count({ where: { id: entry.id } })).toBe(1);
  });

  it("refuses to truncate the table", async () => {
    await addEntry();

    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await db.prisma.auditLog.count()).toBeGreaterThan(0);
  });
});
