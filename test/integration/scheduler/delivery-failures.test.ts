// Delivery under pressure: Slack's HTTP 429 with Retry-After, transient errors with back-off, a
// permanent error that ends as a visible failure, and the per-channel pace.
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { runDigestSlot } from "../../../src/scheduler/digest-job.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { useTestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createCustomer,
  createIncident,
  DIGEST_CHANNEL,
  engineDeps,
  ManualClock,
} from "./support.ts";

let prisma: PrismaClient;

useTestDatabase((created) => {
  prisma = created.prisma;
});
beforeEach(async () => {
  await clearAll(prisma);
});

const at = (iso: string) => new Date(iso);

/** Three clocks in one incident channel and one in another, all with the -1 h reminder due. */
async function seed() {
  const customers = await Promise.all(
    ["Acme", "Beta", "Gamma", "Delta"].map((name) => createCustomer(prisma, { name })),
  );
  const shared = await createIncident(prisma, {
    discoveredAt: at("2026-03-28T09:00:00Z"),
    reportedAt: at("2026-03-28T23:00:00Z"),
    customerIds: customers.slice(0, 3).map((c) => c.id),
    channelId: "C-BUSY",
    reference: "DL-2026-0100",
  });
  const other = await createIncident(prisma, {
    discoveredAt: at("2026-03-28T09:00:00Z"),
    reportedAt: at("2026-03-28T23:00:00Z"),
    customerIds: [customers[3]!.id],
    channelId: "C-QUIET",
    reference: "DL-2026-0101",
  });
  return { shared, other };
}

describe("delivery", () => {
  it("spaces posts to one channel at least a second apart, without holding up other channels", async () => {
    await seed();
    const clock = new ManualClock("2026-03-29T08:00:07Z");
    const { deps, chat, slept } = engineDeps(prisma, clock);
    await createReminderEngine(deps).tick();
    const busy = chat.postsTo("C-BUSY").map((p) => p.at.getTime());
    expect(busy).toHaveLength(3);
    expect(busy[1]! - busy[0]!).toBeGreaterThanOrEqual(1_000);
    expect(busy[2]! - busy[1]!).toBeGreaterThanOrEqual(1_000);
    expect(slept).toEqual([1_000, 1_000]);
    expect(chat.postsTo("C-QUIET")).toHaveLength(1);
  });

  it("honours Retry-After on HTTP 429: nothing goes to that channel before it has passed, then all goes", async () => {
    await seed();
    const clock = new ManualClock("2026-03-29T08:00:07Z");
    const { deps, chat, log } = engineDeps(prisma, clock);
    chat.failNext(1, RecordingChat.rateLimited(30_000), "C-BUSY");
    const engine = createReminderEngine(deps);

    const first = await engine.tick();
    expect(first.reminders.send).toMatchObject({ sent: 1, retry: 1, deferred: 2 });
    const limitedAt = chat.attempts.find((a) => a.outcome === "failed")!.at.getTime();
    expect(chat.postsTo("C-QUIET")).toHaveLength(1); // another channel is not held up
    const rows = await prisma.reminder.findMany({
      where: { status: "pending", dueAt: { lte: clock.now() } },
      select: { attempts: true, nextAttemptAt: true, lastError: true },
      orderBy: { attempts: "desc" },
    });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      attempts: 1,
      nextAttemptAt: new Date(limitedAt + 30_000),
      lastError: "ratelimited",
    });
    // Held back without counting an attempt: nothing was tried.
    expect(rows.slice(1).map((r) => [r.attempts, r.nextAttemptAt?.getTime()])).toEqual([
      [0, limitedAt + 30_000],
      [0, limitedAt + 30_000],
    ]);
    expect(log.lines().some((l) => l.msg === "reminder not delivered; will retry")).toBe(true);

    clock.advance(15_000);
    await engine.tick();
    expect(chat.attempts.filter((a) => a.target.channelId === "C-BUSY")).toHaveLength(1);

    clock.advance(15_000);
    await engine.tick();
    const busy = chat.attempts.filter((a) => a.target.channelId === "C-BUSY");
    expect(busy.map((a) => a.outcome)).toEqual(["failed", "posted", "posted", "posted"]);
    for (const attempt of busy.slice(1))
      expect(attempt.at.getTime()).toBeGreaterThanOrEqual(limitedAt + 30_000);
    expect(await prisma.reminder.count({ where: { status: "sent" } })).toBe(4);
  });

  it("retries transient errors with exponential back-off until the post goes through", async () => {
    const [acme] = await Promise.all([createCustomer(prisma, { name: "Acme" })]);
    await createIncident(prisma, {
      discoveredAt: at("2026-03-28T09:00:00Z"),
      reportedAt: at("2026-03-28T23:00:00Z"),
      customerIds: [acme!.id],
      channelId: "C-FLAKY",
    });
    const clock = new ManualClock("2026-03-29T08:00:07Z");
    const { deps, chat } = engineDeps(prisma, clock);
    chat.failNext(3, RecordingChat.transient("internal_error"), "C-FLAKY");
    const engine = createReminderEngine(deps);
    for (let i = 0; i < 40; i++) {
      await engine.tick();
      clock.advance(15_000);
    }
    const attempts = chat.attempts
      .filter((a) => a.target.channelId === "C-FLAKY")
      .map((a) => a.at.getTime() - Date.parse("2026-03-29T08:00:07Z"));
    // 30 s, then 60 s, then 120 s after each failure, each picked up by the next 15 s tick.
    expect(attempts).toEqual([0, 30_000, 90_000, 210_000]);
    expect(chat.postsTo("C-FLAKY")).toHaveLength(1);
    const row = await prisma.reminder.findFirstOrThrow({ where: { status: "sent" } });
    expect(row.attempts).toBe(4);
  });

  it("records a permanent failure, logs it as an error and lists it in the digest", async () => {
    const acme = await createCustomer(prisma, { name: "Acme" });
    await createIncident(prisma, {
      discoveredAt: at("2026-03-28T09:00:00Z"),
      reportedAt: at("2026-03-28T23:00:00Z"),
      customerIds: [acme.id],
      channelId: "C-ARCHIVED",
      reference: "DL-2026-0200",
    });
    const clock = new ManualClock("2026-03-29T08:00:07Z");
    const { deps, chat, log } = engineDeps(prisma, clock);
    chat.failNext(1, RecordingChat.permanent("is_archived"), "C-ARCHIVED");
    await createReminderEngine(deps).tick();

    const row = await prisma.reminder.findFirstOrThrow({ where: { step: "-1h" } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, lastError: "is_archived" });
    const error = log.lines().find((l) => l.level === 50);
    expect(error).toMatchObject({
      msg: expect.stringContaining("giving up"),
      error: "is_archived",
      clockKey: row.clockKey,
    });

    await runDigestSlot(deps, at("2026-03-29T07:00:00Z"));
    const digest = chat.postsTo(DIGEST_CHANNEL)[0];
    expect(digest?.text.split("\n")[2]).toBe(
      "⚠️ Reminder not delivered (inform customer, DL-2026-0200 · Acme): is_archived",
    );
  });

  it("fails visibly when there is no channel to post to", async () => {
    const acme = await createCustomer(prisma, { name: "Acme" });
    await createIncident(prisma, {
      discoveredAt: at("2026-03-28T09:00:00Z"),
      reportedAt: at("2026-03-28T23:00:00Z"),
      customerIds: [acme.id],
      channelId: null,
    });
    const clock = new ManualClock("2026-03-29T08:00:07Z");
    const { deps, log } = engineDeps(prisma, clock, { digestTargets: [] });
    const noSlack = { ...deps, config: { ...deps.config, slack: { enabled: false as const } } };
    await createReminderEngine(noSlack).tick();
    expect(await prisma.reminder.findFirstOrThrow({ where: { step: "-1h" } })).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("no chat channel"),
    });
    expect(log.lines().some((l) => l.level === 50)).toBe(true);
  });

  it("still counts a reminder as sent when refreshing the incident message fails, and says so in the log", async () => {
    const { shared } = await seed();
    const clock = new ManualClock("2026-03-29T08:00:07Z");
    const { deps, chat, log } = engineDeps(prisma, clock, {
      refreshIncidentMessage: async () => {
        throw new Error("message_not_found");
      },
    });
    await createReminderEngine(deps).tickReminders();
    expect(chat.postsTo("C-BUSY")).toHaveLength(3);
    expect(await prisma.reminder.count({ where: { status: "sent" } })).toBe(4);
    const warnings = log
      .lines()
      .filter((l) => l.msg === "incident message not updated; rendered again on a later tick");
    // Once per incident and tick, not once per reminder.
    expect(warnings.map((w) => w.incidentId).sort()).toEqual(
      [shared.id, (await prisma.incident.findFirstOrThrow({ where: { channelId: "C-QUIET" } })).id].sort(),
    );
  });
});
