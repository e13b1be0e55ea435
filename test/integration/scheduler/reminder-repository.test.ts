// The SQL under the engine, statement by statement, on a real PostgreSQL: what is claimable, what is
// superseded, what a reconcile inserts, revives and cancels.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import {
  cancelRemindersOfClosedClocks,
  claimDueReminders,
  insertMissingReminders,
  type NewReminder,
  supersedeStaleReminders,
} from "../../../src/adapters/db/repositories/reminders.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";

let db: TestDatabase;
let prisma: PrismaClient;
let other: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  other = createPrismaClient(db.url);
});
afterAll(async () => {
  await other?.$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  await prisma.reminder.deleteMany();
});

const now = new Date("2026-03-29T12:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
const lease = minutes(5);

function reminder(clockKey: string, step: string, dueAt: Date, channelId = "C1"): NewReminder {
  return {
    kind: "breach.notify",
    clockKey,
    step,
    entityType: "incident_customer",
    entityId: clockKey,
    dueAt,
    payload: { kind: "breach.notify", customerName: "Acme", reference: "DL-1", subject: null, anchor: "" },
    platform: "slack",
    channelId,
  };
}

const claim = (
  client: PrismaClient,
  instanceId: string,
  extra: Partial<Parameters<typeof claimDueReminders>[1]> = {},
) => claimDueReminders(client, { instanceId, now, leaseUntil: lease, limit: 50, perChannel: 10, ...extra });

const statusOf = async (clockKey: string, step: string) =>
  (await prisma.reminder.findUniqueOrThrow({ where: { clockKey_step: { clockKey, step } } })).status;

describe("reminder rows", () => {
  it("inserts what is missing, once, and revives a cancelled row of an open clock", async () => {
    const rows = [reminder("k1", "-4h", minutes(-60)), reminder("k1", "-1h", minutes(60))];
    expect(await insertMissingReminders(prisma, rows, now)).toBe(2);
    expect(await insertMissingReminders(prisma, rows, now)).toBe(0);
    expect(await cancelRemindersOfClosedClocks(prisma, [], now)).toBe(2);
    expect(await statusOf("k1", "-1h")).toBe("cancelled");
    // The clock is open after all (a racing reconcile cancelled it): the next reconcile revives it.
    expect(await insertMissingReminders(prisma, rows, now)).toBe(2);
    expect(await statusOf("k1", "-1h")).toBe("pending");
  });

  it("cancels only pending rows of clocks that are not open, never sent or claimed ones", async () => {
    await insertMissingReminders(
      prisma,
      [
        reminder("open", "0", minutes(10)),
        reminder("closed", "0", minutes(10)),
        reminder("closed", "-1h", minutes(-50)),
      ],
      now,
    );
    await claim(prisma, "a");
    expect(await cancelRemindersOfClosedClocks(prisma, ["open"], now)).toBe(1);
    expect(await statusOf("closed", "0")).toBe("cancelled");
    expect(await statusOf("closed", "-1h")).toBe("claimed"); // its sender re-checks the clock itself
    expect(await statusOf("open", "0")).toBe("pending");
  });

  it("supersedes older due reminders of a clock, including expired claims, but not live claims or other clocks", async () => {
    await insertMissingReminders(
      prisma,
      [
        reminder("k1", "-12h", minutes(-600)),
        reminder("k1", "-4h", minutes(-120)),
        reminder("k1", "-1h", minutes(-5)),
        reminder("k1", "0", minutes(10)), // not due yet: supersedes nothing
        reminder("k2", "-4h", minutes(-120)),
      ],
      now,
    );
    await prisma.reminder.updateMany({
      where: { clockKey: "k1", step: "-12h" },
      data: { status: "claimed", claimedBy: "dead", claimedUntil: minutes(-1) },
    });
    await prisma.reminder.updateMany({
      where: { clockKey: "k1", step: "-4h" },
      data: { status: "claimed", claimedBy: "alive", claimedUntil: minutes(3) },
    });
    expect(await supersedeStaleReminders(prisma, now)).toBe(1);
    expect(await statusOf("k1", "-12h")).toBe("superseded");
    expect(await statusOf("k1", "-4h")).toBe("claimed");
    expect(await statusOf("k1", "-1h")).toBe("pending");
    expect(await statusOf("k2", "-4h")).toBe("pending");
  });

  it("claims due rows whose retry time has come and expired claims, oldest first", async () => {
    await insertMissingReminders(
      prisma,
      [
        reminder("a", "0", minutes(-30), "C1"),
        reminder("b", "0", minutes(-20), "C2"),
        reminder("c", "0", minutes(-10), "C3"),
        reminder("d", "0", minutes(1), "C4"),
      ],
      now,
    );
    await prisma.reminder.updateMany({ where: { clockKey: "b" }, data: { nextAttemptAt: minutes(1) } });
    await prisma.reminder.updateMany({
      where: { clockKey: "c" },
      data: { status: "claimed", claimedBy: "dead", claimedUntil: minutes(-1) },
    });
    const claimed = await claim(prisma, "a");
    expect(claimed.map((r) => r.clockKey)).toEqual(["a", "c"]);
    expect(claimed.every((r) => r.claimedBy === "a" && r.claimedUntil?.getTime() === lease.getTime())).toBe(
      true,
    );
    expect(await claim(prisma, "b")).toEqual([]);
  });

  it("leaves a channel to the instance sending to it, and caps the rows per channel", async () => {
    await insertMissingReminders(
      prisma,
      Array.from({ length: 30 }, (_, i) =>
        reminder(`k${i}`, "0", minutes(-30 + i), i < 20 ? "C-BUSY" : "C-OTHER"),
      ),
      now,
    );
    const first = await claim(other, "first", { perChannel: 5 });
    expect(first.map((r) => r.channelId)).toEqual([...Array(5).fill("C-BUSY"), ...Array(5).fill("C-OTHER")]);
    // Both channels are being sent to by "first": nothing for "second" until it is done.
    expect(await claim(prisma, "second", { perChannel: 5 })).toEqual([]);
    await prisma.reminder.updateMany({ where: { claimedBy: "first" }, data: { status: "sent" } });
    expect(await claim(prisma, "second", { perChannel: 5 })).toHaveLength(10);
  });

  it("never hands one row to two instances claiming at the same moment", async () => {
    await insertMissingReminders(
      prisma,
      Array.from({ length: 400 }, (_, i) => reminder(`k${i}`, "0", minutes(-1), `C${i % 40}`)),
      now,
    );
    const seen = new Map<string, string>();
    for (let round = 0; round < 40; round++) {
      const [a, b] = await Promise.all([claim(prisma, "a", { limit: 30 }), claim(other, "b", { limit: 30 })]);
      for (const row of [...a, ...b]) {
        expect(seen.has(row.id), `${row.id} claimed twice`).toBe(false);
        seen.set(row.id, row.claimedBy!);
      }
      await prisma.reminder.updateMany({ where: { status: "claimed" }, data: { status: "sent" } });
      if (a.length + b.length === 0) break;
    }
    expect(seen.size).toBe(400);
  });
});
