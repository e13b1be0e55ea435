import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { claimDigestSlot } from "../../../src/adapters/db/repositories/digest.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { runDigestSlot, runDueDigest } from "../../../src/scheduler/digest-job.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createApproval,
  createCustomer,
  createIncident,
  createRequest,
  DIGEST_CHANNEL,
  engineDeps,
  ManualClock,
  testConfig,
} from "./support.ts";

let db: TestDatabase;
let prisma: PrismaClient;
let second: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  second = createPrismaClient(db.url);
});
afterAll(async () => {
  await second?.$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  await clearAll(prisma);
});

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe("digest slots", () => {
  it("goes out once per slot and channel with two instances, however often they try", async () => {
    const clock = new ManualClock("2026-01-15T08:00:03Z");
    const chat = new RecordingChat(clock, true);
    const a = engineDeps(prisma, clock, { chat, instanceId: "a" });
    const b = engineDeps(second, clock, { chat, instanceId: "b" });
    const slot = at("2026-01-15T08:00:00Z");

    const reports = await Promise.all([runDigestSlot(a.deps, slot), runDigestSlot(b.deps, slot)]);
    expect(
      reports
        .flat()
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(["already-claimed", "sent"]);
    // Later ticks of both, and a restarted process, find the slot done.
    clock.advance(HOUR);
    const engines = [createReminderEngine(a.deps), createReminderEngine(b.deps)];
    await Promise.all(engines.map((e) => e.tick()));
    const restarted = engineDeps(createPrismaClient(db.url), clock, { chat, instanceId: "c" });
    await runDueDigest(restarted.deps);
    await restarted.deps.prisma.$disconnect();
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(1);
    expect(await prisma.digestRun.count({ where: { sentAt: { not: null } } })).toBe(1);

    // The next day's slot is a new one.
    clock.set("2026-01-16T08:00:05Z");
    await Promise.all(engines.map((e) => e.tick()));
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(2);
  });

  it("is sent by another instance when the claimer died before sending, once its lease has run out", async () => {
    const clock = new ManualClock("2026-01-15T08:00:01Z");
    const chat = new RecordingChat(clock);
    const slot = at("2026-01-15T08:00:00Z");
    const claimed = await claimDigestSlot(prisma, {
      slot,
      platform: "slack",
      channelId: DIGEST_CHANNEL,
      instanceId: "died",
      now: clock.now(),
      leaseMs: 5 * 60_000,
    });
    expect(claimed).toBe(true);
    const survivor = engineDeps(second, clock, { chat, instanceId: "survivor" });
    const engine = createReminderEngine(survivor.deps);
    clock.advance(60_000);
    await engine.tick();
    expect(chat.posts).toHaveLength(0);
    clock.advance(5 * 60_000);
    await engine.tick();
    await engine.tick();
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(1);
    expect(await prisma.digestRun.findFirstOrThrow()).toMatchObject({ claimedBy: "survivor" });
  });

  it("catches up a slot missed while every instance was down, within six hours, and not later", async () => {
    const clock = new ManualClock("2026-01-15T12:30:00Z");
    const { deps, chat } = engineDeps(prisma, clock);
    await createReminderEngine(deps).tick();
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(1);

    clock.set("2026-01-16T15:00:01Z"); // 7 h after the 16th's slot
    await createReminderEngine(deps).tick();
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(1);
  });

  it("retries a rate-limited digest after Retry-After and keeps the slot when it cannot post", async () => {
    const clock = new ManualClock("2026-01-15T08:00:02Z");
    const { deps, chat, slept } = engineDeps(prisma, clock);
    chat.failNext(1, RecordingChat.rateLimited(20_000), DIGEST_CHANNEL);
    const [report] = await runDigestSlot(deps, at("2026-01-15T08:00:00Z"));
    expect(report?.outcome).toBe("sent");
    expect(slept).toContain(20_000);
    expect(chat.posts[0]!.at.getTime() - Date.parse("2026-01-15T08:00:02Z")).toBeGreaterThanOrEqual(20_000);

    chat.failNext(3, RecordingChat.transient(), DIGEST_CHANNEL);
    clock.set("2026-01-16T08:00:02Z");
    const [failed] = await runDigestSlot(deps, at("2026-01-16T08:00:00Z"));
    expect(failed?.outcome).toBe("failed");
    // The claim stands until its lease ends; then the next tick posts it.
    clock.advance(5 * 60_000 + 1_000);
    await createReminderEngine(deps).tick();
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(2);
  });

  it("keeps 09:00 local through both DST nights: one digest a day, at 08:00Z in winter and 07:00Z in summer", async () => {
    const clock = new ManualClock("2026-03-27T15:00:00Z");
    const { deps, chat } = engineDeps(prisma, clock);
    const engine = createReminderEngine(deps);
    // Every 15 minutes for four days around each change: 2 x 384 ticks.
    for (const start of ["2026-03-27T15:00:00Z", "2026-10-23T15:00:00Z"]) {
      clock.set(start);
      for (let i = 0; i < 4 * 96; i++) {
        await engine.tick();
        clock.advance(15 * 60_000);
      }
    }
    expect(chat.postsTo(DIGEST_CHANNEL).map((p) => p.at.toISOString().slice(0, 13))).toEqual([
      "2026-03-28T08", // Saturday, CET
      "2026-03-29T07", // Sunday, the 23-hour day: CEST
      "2026-03-30T07",
      "2026-03-31T07",
      "2026-10-24T07", // Saturday, CEST
      "2026-10-25T08", // Sunday, the 25-hour day: CET
      "2026-10-26T08",
      "2026-10-27T08",
    ]);
  }, 120_000);

  it("sends a 02:30 digest once on the night 02:30 happens twice, and none on the night it does not exist", async () => {
    const clock = new ManualClock("2026-10-24T22:00:00Z");
    const { deps, chat } = engineDeps(prisma, clock, { config: testConfig({ DIGEST_CRON: "30 2 * * *" }) });
    const engine = createReminderEngine(deps);
    for (let i = 0; i < 24; i++) {
      await engine.tick();
      clock.advance(15 * 60_000);
    }
    expect(chat.postsTo(DIGEST_CHANNEL).map((p) => p.at.toISOString())).toEqual(["2026-10-25T00:30:00.000Z"]);

    clock.set("2026-03-28T22:00:00Z");
    for (let i = 0; i < 24; i++) {
      await engine.tick();
      clock.advance(15 * 60_000);
    }
    expect(chat.postsTo(DIGEST_CHANNEL)).toHaveLength(1);
  });
});

describe("digest content", () => {
  it("says in one line that nothing is open", async () => {
    const clock = new ManualClock("2026-01-15T08:00:02Z");
    const { deps, chat } = engineDeps(prisma, clock);
    await runDigestSlot(deps, at("2026-01-15T08:00:00Z"));
    expect(chat.posts[0]?.text).toBe(
      "✅ Nothing open: no breach clocks, authority decisions, requests or approvals, and no retention or review date within 30 days.",
    );
  });

  it("speaks the language chosen for the workspace, else DEFAULT_LANGUAGE", async () => {
    await prisma.workspace.create({ data: { platform: "slack", externalId: "T0001", language: "fr" } });
    const clock = new ManualClock("2026-01-15T08:00:02Z");
    const { deps, chat } = engineDeps(prisma, clock);
    await runDigestSlot(deps, at("2026-01-15T08:00:00Z"));
    expect(chat.posts[0]?.text).toMatch(/^✅ Rien /);
    await prisma.workspace.deleteMany();
  });

  it("says that nobody can notify customers while no privacy officer is named (first run)", async () => {
    await prisma.account.deleteMany({ where: { roles: { has: "privacy_officer" } } });
    const clock = new ManualClock("2026-01-15T08:00:02Z");
    const { deps, chat } = engineDeps(prisma, clock);
    await runDigestSlot(deps, at("2026-01-15T08:00:00Z"));
    expect(chat.posts[0]?.text.split("\n")).toEqual([
      "✅ Nothing open: no breach clocks, authority decisions, requests or approvals, and no retention or review date within 30 days.",
      "⚠️ Nobody can notify customers yet: no privacy officer has been named. An administrator names one with `dpa-bot staff grant privacy-officer`.",
    ]);
  });

  it("lists every open deadline, most urgent first", async () => {
    const now = at("2026-03-29T07:00:00Z"); // Sunday 09:00 CEST
    const clock = new ManualClock(now);
    const acme = await createCustomer(prisma, { name: "Acme" });
    const beta = await createCustomer(prisma, { name: "Beta" });
    // Beta's contract ended; the data must go within 30 days: 10 days left.
    await createCustomer(prisma, {
      name: "Former",
      contractEnd: at("2026-03-09T00:00:00Z"),
      retentionDaysAfterEnd: 30,
    });
    // A review due in 45 days is not listed.
    await createCustomer(prisma, { name: "Later", lastSecurityReviewAt: at("2025-05-13T10:00:00Z") });
    // Late by 2 h 30 min: penalty so far.
    await createIncident(prisma, {
      discoveredAt: new Date(now.getTime() - 26.5 * HOUR),
      customerIds: [acme.id],
      reference: "DL-2026-0001",
    });
    // 5 h left; its customer was informed, but the authority decision is pending.
    const recent = await createIncident(prisma, {
      discoveredAt: new Date(now.getTime() - 19 * HOUR),
      customerIds: [beta.id],
      reference: "DL-2026-0002",
    });
    await createIncident(prisma, {
      discoveredAt: new Date(now.getTime() - 19 * HOUR),
      customerIds: [acme.id],
      reference: "DL-2026-0003",
    });
    await prisma.incidentCustomer.update({
      where: { id: recent.customers[0]!.id },
      data: { notifiedAt: new Date(now.getTime() - HOUR) },
    });
    await createRequest(prisma, {
      customerId: beta.id,
      receivedAt: new Date(now.getTime() - 30 * HOUR),
      forwardDueAt: new Date(now.getTime() - 6 * HOUR),
      legalDeadline: at("2026-04-28T21:59:59.999Z"),
      reference: "VZ-2026-0004",
    });
    await createApproval(prisma, {
      customerId: acme.id,
      requestedAt: new Date(now.getTime() - 8 * 24 * HOUR),
      name: "FarAwayCloud",
      country: "US",
    });
    // A closed incident is not listed.
    const closed = await createIncident(prisma, {
      discoveredAt: new Date(now.getTime() - 2 * HOUR),
      customerIds: [beta.id],
      reference: "DL-2026-0009",
    });
    await prisma.incident.update({ where: { id: closed.id }, data: { status: "closed" } });

    const { deps, chat } = engineDeps(prisma, clock);
    await runDigestSlot(deps, now);
    expect(chat.posts[0]?.text.split("\n")).toEqual([
      "Open deadlines: daily overview",
      "8 open deadlines, 2 overdue. As of Sun 29 Mar 2026 09:00 CEST. Most urgent first.",
      "🔴 VZ-2026-0004 · Beta: forward the access request: overdue by 6 h, since Sun 29 Mar 2026 03:00 CEST; legal deadline 28 Apr 2026",
      "🔴 DL-2026-0001 · Acme: inform the customer: 2 h 30 min late, penalty so far €2,650.00",
      "🟠 DL-2026-0003 · Acme: inform the customer: 5 h left, until Sun 29 Mar 2026 14:00 CEST",
      "⚪ DL-2026-0001 · Acme: decision on notifying the GBA: 45 h 30 min left, until Tue 31 Mar 2026 06:30 CEST",
      "⚪ DL-2026-0002 · Beta: decision on notifying the GBA: 2 days left, until Tue 31 Mar 2026 14:00 CEST",
      "⚪ DL-2026-0003 · Acme: decision on notifying the GBA: 2 days left, until Tue 31 Mar 2026 14:00 CEST",
      "⚪ Former: destroy or return the data: 10 days left, until 8 Apr 2026",
      "⏳ Acme: approval of sub-processor FarAwayCloud, pending since 21 Mar 2026 (outside the EEA)",
    ]);
  });
});
