// The reminder timeline of one incident, from the report until the customer is informed and has
// decided on notifying its authority, with a clock the test moves and a real PostgreSQL.
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { useTestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createCustomer,
  createIncident,
  engineDeps,
  ManualClock,
  testConfig,
  tickThrough,
} from "./support.ts";

let prisma: PrismaClient;

useTestDatabase((created) => {
  prisma = created.prisma;
});
beforeEach(async () => {
  await clearAll(prisma);
});

const at = (iso: string) => new Date(iso);
const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

/** Acme's breach, discovered Saturday 28 March 2026 10:00 CET and reported half an hour later. */
async function reportedSaturdayMorning(reference?: string) {
  const clock = new ManualClock("2026-03-28T09:30:00Z");
  const acme = await createCustomer(prisma, { name: "Acme" });
  const incident = await createIncident(prisma, {
    discoveredAt: at("2026-03-28T09:00:00Z"),
    reportedAt: clock.now(),
    customerIds: [acme.id],
    ...(reference ? { reference } : {}),
  });
  return { clock, incident };
}

describe("breach reminders of one incident", () => {
  it("reminds at 12, 4 and 1 h before, alerts at the deadline, then hourly with the penalty until informed", async () => {
    // Discovered Saturday 28 March 2026 10:00 CET; the clocks go forward that night, so the 24 h
    // deadline is Sunday 11:00 CEST (09:00Z).
    const discoveredAt = at("2026-03-28T09:00:00Z");
    const clock = new ManualClock("2026-03-28T09:30:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt,
      reportedAt: clock.now(),
      customerIds: [acme.id],
      reference: "DL-2026-0007",
    });
    const channel = incident.channelId!;
    const { deps, chat, refreshed } = engineDeps(prisma, clock);
    const engine = createReminderEngine(deps);

    await engine.tick();
    expect(chat.postsTo(channel)).toHaveLength(0); // nothing is due at the report

    await tickThrough(prisma, clock, at("2026-03-29T11:20:00Z"), () => engine.tick());
    const notifyPosts = chat.postsTo(channel);
    const due = [
      "2026-03-28T21:00:00Z",
      "2026-03-29T05:00:00Z",
      "2026-03-29T08:00:00Z",
      "2026-03-29T09:00:00Z",
      "2026-03-29T10:00:00Z",
      "2026-03-29T11:00:00Z",
    ].map(at);
    expect(notifyPosts).toHaveLength(due.length);
    notifyPosts.forEach((post, i) => {
      const lateness = seconds(due[i] as Date, post.at);
      expect(lateness).toBeGreaterThanOrEqual(0);
      expect(lateness).toBeLessThan(60);
    });
    const texts = notifyPosts.map((post) => post.text);
    expect(texts[0]).toMatch(
      /11 h 59 min left to inform Acme about DL-2026-0007\. Deadline: Sun 29 Mar 2026 11:00 CEST/,
    );
    expect(texts[1]).toMatch(/3 h 59 min left to inform Acme/);
    expect(texts[2]).toMatch(/59 min left to inform Acme/);
    expect(texts[3]).toMatch(
      /24-hour deadline to inform Acme about DL-2026-0007 is reached .* Penalty if informed now: €2,550\.00/,
    );
    expect(texts[4]).toMatch(
      /still not recorded as informed about DL-2026-0007: 1 h late .* Penalty so far: €2,600\.00/,
    );
    expect(texts[5]).toMatch(/2 h late .* Penalty so far: €2,650\.00/);
    // The incident message is refreshed with every breach reminder.
    expect(refreshed).toEqual(Array(6).fill(incident.id));

    // The customer is informed at 11:20Z (the breach feature writes the clock; no reminder code).
    const ic = incident.customers[0]!;
    await prisma.incidentCustomer.update({ where: { id: ic.id }, data: { notifiedAt: clock.now() } });
    await tickThrough(prisma, clock, at("2026-03-29T18:00:00Z"), () => engine.tick());
    expect(chat.postsTo(channel)).toHaveLength(6);
    const lateRows = await prisma.reminder.findMany({
      where: { kind: "breach.notify", step: "+3h" },
      select: { status: true },
    });
    expect(lateRows).toEqual([{ status: "cancelled" }]);

    // The 72 h authority clock: 24 h and 4 h before, at the deadline; then the decision stops it.
    await tickThrough(prisma, clock, at("2026-03-31T09:30:00Z"), () => engine.tick());
    const authorityPosts = chat.postsTo(channel).slice(6);
    expect(authorityPosts.map((post) => post.at.toISOString().slice(0, 16))).toEqual([
      "2026-03-30T09:00",
      "2026-03-31T05:00",
      "2026-03-31T09:00",
    ]);
    expect(authorityPosts[0]?.text).toMatch(/Acme must decide within 23 h 59 min whether to notify the GBA/);
    expect(authorityPosts[2]?.text).toMatch(/72-hour deadline for Acme's decision on notifying the GBA/);
    await prisma.incidentCustomer.update({
      where: { id: ic.id },
      data: { authorityDecision: "not_notify", authorityDecisionAt: clock.now() },
    });
    await tickThrough(prisma, clock, at("2026-04-02T12:00:00Z"), () => engine.tick());
    expect(chat.postsTo(channel)).toHaveLength(9);

    const statuses = await prisma.reminder.groupBy({
      by: ["status"],
      _count: true,
      orderBy: { status: "asc" },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({ sent: 9, cancelled: 2 });
  });

  it("speaks the language of the reporter's workspace, like the incident message", async () => {
    const { clock, incident } = await reportedSaturdayMorning("DL-2026-0031");
    const reporter = await prisma.account.findFirstOrThrow({
      where: { reportedIncidents: { some: {} } },
      orderBy: { createdAt: "desc" },
    });
    await prisma.workspace.create({
      data: { platform: "slack", externalId: reporter.workspaceId, language: "nl" },
    });
    try {
      const { deps, chat } = engineDeps(prisma, clock); // DEFAULT_LANGUAGE is en
      await tickThrough(prisma, clock, at("2026-03-28T21:30:00Z"), () => createReminderEngine(deps).tick());
      expect(chat.postsTo(incident.channelId!).map((p) => p.text)).toEqual([
        expect.stringMatching(/Nog .* om Acme te informeren over DL-2026-0031/),
      ]);
    } finally {
      await prisma.workspace.deleteMany({});
    }
  });

  it("stops every reminder of the incident when it is closed", async () => {
    const { clock, incident } = await reportedSaturdayMorning();
    const { deps, chat } = engineDeps(prisma, clock);
    const engine = createReminderEngine(deps);
    await tickThrough(prisma, clock, at("2026-03-28T21:30:00Z"), () => engine.tick());
    expect(chat.postsTo(incident.channelId!)).toHaveLength(1);

    await prisma.incident.update({
      where: { id: incident.id },
      data: { status: "closed", closedAt: clock.now() },
    });
    await tickThrough(prisma, clock, at("2026-04-05T00:00:00Z"), () => engine.tick());
    expect(chat.postsTo(incident.channelId!)).toHaveLength(1);
    expect(await prisma.reminder.count({ where: { status: "pending" } })).toBe(0);
  });

  it("follows a corrected discovery time: the old clock's reminders are cancelled, the new ones sent", async () => {
    const { clock, incident } = await reportedSaturdayMorning();
    const { deps, chat } = engineDeps(prisma, clock);
    const engine = createReminderEngine(deps);
    await engine.tick();
    // Discovery was actually two hours earlier: the deadline moves to 07:00Z.
    await prisma.incidentCustomer.update({
      where: { id: incident.customers[0]!.id },
      data: { notifyDeadline: at("2026-03-29T07:00:00Z"), authorityDeadline: at("2026-03-31T07:00:00Z") },
    });
    await tickThrough(prisma, clock, at("2026-03-29T07:30:00Z"), () => engine.tick());
    expect(chat.postsTo(incident.channelId!).map((p) => p.at.toISOString().slice(0, 16))).toEqual([
      "2026-03-28T19:00",
      "2026-03-29T03:00",
      "2026-03-29T06:00",
      "2026-03-29T07:00",
    ]);
  });

  it("applies changed offsets to clocks already running", async () => {
    const { clock, incident } = await reportedSaturdayMorning();
    await createReminderEngine(engineDeps(prisma, clock).deps).tickReminders();
    // Restarted with BREACH_REMINDER_HOURS=6,2: the 12/4/1 h reminders give way to 6 and 2 h.
    const { deps, chat } = engineDeps(prisma, clock, {
      config: testConfig({ BREACH_REMINDER_HOURS: "6,2" }),
    });
    const engine = createReminderEngine(deps);
    await tickThrough(prisma, clock, at("2026-03-29T09:30:00Z"), () => engine.tickReminders());
    expect(chat.postsTo(incident.channelId!).map((p) => p.at.toISOString().slice(0, 16))).toEqual([
      "2026-03-29T03:00",
      "2026-03-29T07:00",
      "2026-03-29T09:00",
    ]);
    const cancelled = await prisma.reminder.findMany({
      where: { kind: "breach.notify", status: "cancelled" },
      select: { step: true },
      orderBy: { dueAt: "asc" },
    });
    expect(cancelled.map((r) => r.step)).toEqual(["-12h", "-4h", "-1h"]);
  });
});
