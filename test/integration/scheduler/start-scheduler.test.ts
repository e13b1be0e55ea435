// The process-level scheduler: node-cron only ticks. Started, it sends what is already due at once
// (no waiting for the first 15 s tick after a restart); stopped, it waits for that work and leaves
// no cron task behind. Nothing here waits for wall-clock time.
import cron from "node-cron";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatPort } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { REMINDER_TICK_CRON, startScheduler } from "../../../src/scheduler/start-scheduler.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { clearAll, createCustomer, createIncident, engineDeps, ManualClock, testConfig } from "./support.ts";

let db: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await clearAll(prisma);
});
afterAll(async () => {
  await db?.drop();
});

describe("startScheduler", () => {
  it("ticks at once on start, schedules the reminder tick and the digest in TIMEZONE, and stops cleanly", async () => {
    const clock = new ManualClock("2026-03-29T08:00:05Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt: new Date("2026-03-28T09:00:00Z"),
      reportedAt: new Date("2026-03-28T23:00:00Z"),
      customerIds: [acme.id],
    });
    const { deps, chat } = engineDeps(prisma, clock, {
      instanceId: "scheduler-test",
      config: testConfig({ DIGEST_CRON: "30 8 * * 1-5" }),
    });

    const running = startScheduler(deps);
    const tasks = [...cron.getTasks().values()].filter((task) => task.name?.endsWith(":scheduler-test"));
    expect(tasks.map((task) => [task.name, task.getPattern()]).sort()).toEqual([
      ["approvals:scheduler-test", REMINDER_TICK_CRON],
      ["digest:scheduler-test", "30 8 * * 1-5"],
      ["reminders:scheduler-test", REMINDER_TICK_CRON],
    ]);
    // The first tick runs at once, not 15 s later.
    await running.whenIdle();
    expect(chat.postsTo(incident.channelId!)).toHaveLength(1);
    await running.stop();
    expect([...cron.getTasks().values()].filter((task) => task.name?.endsWith(":scheduler-test"))).toEqual(
      [],
    );
    await running.stop(); // idempotent
  });

  it("hands back what it has not posted when stopped mid-tick, and leaves nothing claimed", async () => {
    await clearAll(prisma);
    const clock = new ManualClock("2026-03-29T08:00:05Z");
    const customers = await Promise.all([1, 2, 3, 4].map((i) => createCustomer(prisma, { name: `C${i}` })));
    await createIncident(prisma, {
      discoveredAt: new Date("2026-03-28T09:00:00Z"),
      reportedAt: new Date("2026-03-28T23:00:00Z"),
      customerIds: customers.map((c) => c.id),
      channelId: "C-ONE",
    });
    // Real waiting for the channel's pace (60 s here): stop() must cut it short, not sit it out.
    const { deps, chat } = engineDeps(prisma, clock, { instanceId: "stopped-mid-tick" });
    let firstPost: () => void = () => {};
    const posted = new Promise<void>((resolve) => {
      firstPost = resolve;
    });
    const signalling: ChatPort = {
      post: async (target, message) => {
        const result = await chat.post(target, message);
        firstPost();
        return result;
      },
      update: (p, m) => chat.update(p, m),
      postPrivate: (t, u, m) => chat.postPrivate(t, u, m),
    };
    const running = startScheduler({
      ...deps,
      chat: signalling,
      sleep: undefined,
      options: { paceMs: 60_000 },
    });
    await posted;
    const started = performance.now();
    await running.stop();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(chat.postsTo("C-ONE")).toHaveLength(1);
    expect(await prisma.reminder.count({ where: { status: "claimed" } })).toBe(0);
    expect(await prisma.reminder.count({ where: { step: "-1h", status: "pending" } })).toBe(3);
  });
});
