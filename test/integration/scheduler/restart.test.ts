// A restart in the middle of a clock: nothing is lost, nothing floods. The process "dies" by being
// dropped (its engine and Prisma client are never used again, one claim left in flight); a new
// process with another instance id and its own client takes over on the same database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { claimDueReminders } from "../../../src/adapters/db/repositories/reminders.ts";
import type { ChatPort } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { reconcileReminders } from "../../../src/scheduler/reconcile-reminders.ts";
import { createReminderEngine, type ReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createCustomer,
  createIncident,
  createRequest,
  DIGEST_CHANNEL,
  engineDeps,
  ManualClock,
  tickThrough,
} from "./support.ts";

let db: TestDatabase;
let prisma: PrismaClient;
const clients: PrismaClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await db?.drop();
});
beforeEach(async () => {
  await clearAll(prisma);
});

const at = (iso: string) => new Date(iso);

function newProcess(clock: ManualClock, chat: RecordingChat, instanceId: string) {
  const client = createPrismaClient(db.url);
  clients.push(client);
  const setup = engineDeps(client, clock, { chat, instanceId });
  return { engine: createReminderEngine(setup.deps), ...setup };
}

describe("restart", () => {
  it("after hours of downtime posts only the most urgent reminder of each clock, and loses none", async () => {
    const clock = new ManualClock("2026-03-28T09:30:00Z");
    const chat = new RecordingChat(clock);
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt: at("2026-03-28T09:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
      reference: "DL-2026-0042",
    });
    // A request whose forward SLA falls due while the bot is down.
    await createRequest(prisma, {
      customerId: acme.id,
      receivedAt: at("2026-03-28T09:00:00Z"),
      forwardDueAt: at("2026-03-29T06:00:00Z"),
      legalDeadline: at("2026-04-28T21:59:59.999Z"),
      reference: "VZ-2026-0009",
    });

    const first = newProcess(clock, chat, "before-crash");
    await tickThrough(prisma, clock, at("2026-03-28T21:05:00Z"), () => first.engine.tickReminders());
    expect(chat.posts.map((p) => p.text)).toEqual([
      expect.stringMatching(/11 h 5\d min left to inform Acme/),
    ]);

    // The process dies at 21:05Z and comes back at 11:40Z the next day, 2 h 40 min past the
    // deadline. Missed meanwhile: -4h, -1h, the deadline alert, +1h, +2h and the forward SLA.
    clock.set("2026-03-29T11:40:00Z");
    const second = newProcess(clock, chat, "after-restart");
    await second.engine.tickReminders();

    const afterRestart = chat.posts.slice(1);
    expect(afterRestart).toHaveLength(2);
    const breach = afterRestart.find((p) => p.target.channelId === incident.channelId);
    expect(breach?.text).toMatch(
      /still not recorded as informed about DL-2026-0042: 2 h 40 min late .* €2,650\.00/,
    );
    const forward = afterRestart.find((p) => p.target.channelId === DIGEST_CHANNEL);
    expect(forward?.text).toMatch(
      /Request VZ-2026-0009 \(access\) for Acme is still not forwarded: 5 h 40 min overdue/,
    );
    // The stale ones are recorded as superseded, not silently lost.
    const notify = await prisma.reminder.findMany({
      where: { kind: "breach.notify" },
      orderBy: { dueAt: "asc" },
      select: { step: true, status: true },
    });
    expect(notify).toEqual([
      { step: "-12h", status: "sent" },
      { step: "-4h", status: "superseded" },
      { step: "-1h", status: "superseded" },
      { step: "0", status: "superseded" },
      { step: "+1h", status: "superseded" },
      { step: "+2h", status: "sent" },
      { step: "+3h", status: "pending" },
    ]);

    // And the clocks go on from there, hourly (art. 6.5 penalty; art. 8 DPA "without delay").
    await tickThrough(prisma, clock, at("2026-03-29T12:10:00Z"), () => second.engine.tickReminders());
    const later = chat.posts.slice(3).map((p) => p.text);
    expect(later).toHaveLength(2);
    expect(later).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/3 h late .* €2,700\.00/),
        expect.stringMatching(/VZ-2026-0009 \(access\) for Acme is still not forwarded: 6 h overdue/),
      ]),
    );
  });

  it("sends a reminder claimed by a process that died before sending once its lease runs out, and only once", async () => {
    const clock = new ManualClock("2026-03-29T05:00:05Z");
    const chat = new RecordingChat(clock);
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt: at("2026-03-28T09:00:00Z"),
      reportedAt: at("2026-03-28T23:00:00Z"),
      customerIds: [acme.id],
    });
    // The first process reconciles and claims the -4h reminder, then dies before posting it.
    const first = newProcess(clock, chat, "dies-holding-a-claim");
    await reconcileReminders(first.deps);
    const claimed = await claimDueReminders(first.deps.prisma, {
      instanceId: "dies-holding-a-claim",
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 5 * 60_000),
      limit: 10,
      perChannel: 10,
    });
    expect(claimed.map((r) => r.step)).toEqual(["-4h"]);

    const second = newProcess(clock, chat, "survivor");
    await second.engine.tickReminders();
    expect(chat.posts).toHaveLength(0); // still leased: never taken from an instance that may be alive

    clock.advance(5 * 60_000 + 1_000);
    await second.engine.tickReminders();
    expect(chat.posts).toHaveLength(1);
    expect(chat.posts[0]?.target.channelId).toBe(incident.channelId);
    await second.engine.tickReminders();
    expect(chat.posts).toHaveLength(1);
    const row = await prisma.reminder.findFirstOrThrow({ where: { kind: "breach.notify", step: "-4h" } });
    expect(row).toMatchObject({ status: "sent", claimedBy: "survivor" });
  });

  it("hands unsent claims back when stopped, so the next process sends them without waiting for the lease", async () => {
    const clock = new ManualClock("2026-03-29T08:00:05Z");
    const chat = new RecordingChat(clock);
    const customers = await Promise.all(
      [1, 2, 3].map((i) => createCustomer(prisma, { name: `Shared ${i}` })),
    );
    // Three clocks in one channel: the second and third wait for the channel's pace.
    await createIncident(prisma, {
      discoveredAt: at("2026-03-28T09:00:00Z"),
      reportedAt: at("2026-03-28T23:00:00Z"),
      customerIds: customers.map((c) => c.id),
      channelId: "C-SHARED",
    });
    const first = newProcess(clock, chat, "stopping");
    let engine: ReminderEngine | undefined;
    const stopsAfterOnePost: ChatPort = {
      post: async (target, message) => {
        const posted = await chat.post(target, message);
        engine?.stop(); // SIGTERM arrives while the first post is in flight
        return posted;
      },
      update: (posted, message) => chat.update(posted, message),
      postPrivate: (target, user, message) => chat.postPrivate(target, user, message),
    };
    engine = createReminderEngine({ ...first.deps, chat: stopsAfterOnePost });
    const report = await engine.tickReminders();
    expect(report.send).toMatchObject({ sent: 1, released: 2 });
    expect(chat.posts).toHaveLength(1);
    expect(await prisma.reminder.count({ where: { status: "claimed" } })).toBe(0);

    const second = newProcess(clock, chat, "next");
    await second.engine.tickReminders();
    expect(chat.posts).toHaveLength(3);
    expect(new Set(chat.posts.map((p) => p.text)).size).toBe(3);
  });
});

describe("without a chat platform", () => {
  it("keeps reminder rows in step with the clocks, claims none, and posts the most urgent once a chat connects", async () => {
    const clock = new ManualClock("2026-05-04T08:00:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    await createIncident(prisma, {
      discoveredAt: at("2026-05-04T07:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
      reference: "DL-2026-0077",
    });

    const offline = createReminderEngine(engineDeps(prisma, clock, { chat: null }).deps);
    clock.set("2026-05-05T09:30:00Z");
    const report = await offline.tickReminders();
    expect(report.reconcile.inserted).toBeGreaterThan(0);
    expect(report.claimed).toBe(0);
    const pending = await prisma.reminder.count({ where: { kind: "breach.notify", status: "pending" } });
    expect(pending).toBeGreaterThanOrEqual(4);
    expect(await prisma.reminder.count({ where: { status: { in: ["claimed", "sent"] } } })).toBe(0);

    const chat = new RecordingChat(clock);
    const online = newProcess(clock, chat, "with-slack");
    await online.engine.tickReminders();
    const breachPosts = chat.posts.filter((p) => p.text.includes("DL-2026-0077"));
    expect(breachPosts).toHaveLength(1);
    expect(breachPosts[0]?.text).toMatch(/late/);
  });
});
