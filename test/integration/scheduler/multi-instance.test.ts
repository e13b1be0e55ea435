// Several engine instances on one real database, each with its own Prisma client (its own pool), run
// their ticks concurrently over 1,000 due reminders: every reminder must be posted exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { clearAll, createReporter, engineDeps, ManualClock } from "./support.ts";

let db: TestDatabase;
let prisma: PrismaClient;
const extraClients: PrismaClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await Promise.all(extraClients.map((client) => client.$disconnect()));
  await db?.drop();
});

const HOUR = 3_600_000;
const INCIDENTS = 100;
const CUSTOMERS_PER_INCIDENT = 10;
const CHANNELS = 20;
const discoveredAt = new Date("2026-03-28T09:00:00Z");

/**
 * 1,000 breach clocks (100 incidents x 10 customers) over 20 channels, 23.5 h after discovery: for
 * each clock the -12 h, -4 h and -1 h reminders are due, of which only the -1 h one may be posted.
 */
async function seedThousandClocks(): Promise<Map<string, string>> {
  await clearAll(prisma);
  const reporter = await createReporter(prisma);
  await prisma.customer.createMany({
    data: Array.from({ length: CUSTOMERS_PER_INCIDENT }, (_, i) => ({
      key: `load-${i}`,
      name: `Load Customer ${i}`,
      createdAt: new Date("2025-06-01T00:00:00Z"),
    })),
  });
  const customers = await prisma.customer.findMany({ where: { key: { startsWith: "load-" } } });
  await prisma.incident.createMany({
    data: Array.from({ length: INCIDENTS }, (_, i) => ({
      reference: `DL-2026-${String(i + 1).padStart(4, "0")}`,
      discoveredAt,
      reportedAt: discoveredAt,
      reporterAccountId: reporter.id,
      description: "Load test",
      platform: "slack" as const,
      channelId: `C-LOAD-${i % CHANNELS}`,
      createdAt: discoveredAt,
    })),
  });
  const incidents = await prisma.incident.findMany({ where: { description: "Load test" } });
  await prisma.incidentCustomer.createMany({
    data: incidents.flatMap((incident) =>
      customers.map((customer) => ({
        incidentId: incident.id,
        customerId: customer.id,
        notifyDeadline: new Date(discoveredAt.getTime() + 24 * HOUR),
        authorityDeadline: new Date(discoveredAt.getTime() + 72 * HOUR),
        createdAt: discoveredAt,
      })),
    ),
  });
  // What each reminder's post says, to count posts per reminder.
  const byText = new Map<string, string>();
  for (const incident of incidents) {
    for (const customer of customers)
      byText.set(`${customer.name} about ${incident.reference}.`, incident.id);
  }
  return byText;
}

async function runInstances(count: number) {
  const keys = await seedThousandClocks();
  const clock = new ManualClock(new Date(discoveredAt.getTime() + 23.5 * HOUR));
  const chat = new RecordingChat(clock, true);
  const engines = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = i === 0 ? prisma : createPrismaClient(db.url);
      if (i > 0) extraClients.push(client);
      // A frozen clock: pacing waits are recorded, not taken, so leases never run out mid-test.
      const setup = engineDeps(client, clock, {
        chat,
        instanceId: `instance-${i + 1}`,
        sleepAdvancesClock: false,
      });
      return { engine: createReminderEngine(setup.deps), setup };
    }),
  );

  let rounds = 0;
  const claimedBy = new Map<string, number>();
  for (;;) {
    rounds++;
    const reports = await Promise.all(engines.map(({ engine }) => engine.tickReminders()));
    reports.forEach((report, i) => {
      claimedBy.set(`instance-${i + 1}`, (claimedBy.get(`instance-${i + 1}`) ?? 0) + report.send.sent);
    });
    const left = await prisma.reminder.count({
      where: { status: { in: ["pending", "claimed"] }, dueAt: { lte: clock.now() } },
    });
    if (left === 0 || rounds > 200) break;
  }
  return { keys, chat, claimedBy, engines };
}

describe.each([2, 3])("%i instances on one database", (instances) => {
  it("post each of 1,000 due reminders exactly once", async () => {
    const { keys, chat, claimedBy, engines } = await runInstances(instances);

    // Count the posts per reminder: exactly one each, none unknown.
    const counts = new Map<string, number>();
    for (const post of chat.posts) {
      const key = [...keys.keys()].find((k) => post.text.includes(k));
      expect(key, post.text).toBeDefined();
      counts.set(key!, (counts.get(key!) ?? 0) + 1);
    }
    expect(counts.size).toBe(1_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(chat.posts).toHaveLength(1_000);
    // Only the most urgent reminder of each clock went out (-1 h, sent half an hour late).
    expect(chat.posts.every((post) => post.text.includes("30 min left to inform"))).toBe(true);

    const rows = await prisma.reminder.groupBy({
      by: ["kind", "status"],
      _count: true,
      where: { dueAt: { lte: new Date(discoveredAt.getTime() + 23.5 * HOUR) } },
      orderBy: [{ kind: "asc" }, { status: "asc" }],
    });
    expect(rows.map((r) => [r.kind, r.status, r._count])).toEqual([
      ["breach.notify", "sent", 1_000],
      ["breach.notify", "superseded", 2_000],
    ]);
    // The work was shared: more than one instance posted.
    expect([...claimedBy.values()].filter((n) => n > 0).length).toBeGreaterThan(1);
    // No channel got two posts in the same second from one instance (the pace is recorded, not slept).
    for (const { setup } of engines) expect(setup.slept.every((ms) => ms >= 1_000)).toBe(true);
  }, 120_000);
});
