// Slack answering every Web API method the bot uses with storms of HTTP 429 (with Retry-After) and
// 5xx: the scheduler backs off on the test clock (no request before Retry-After, no hot loop), every
// reminder is posted exactly once afterwards, and a person using /datalek either gets the dialog or
// finds the incident saved and posted later by the scheduler.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { recordCustomerInformed } from "../../../src/domain/breach/record-customer-informed.ts";
import { refreshAfterChange } from "../../../src/domain/breach/refresh-incident-message.ts";
import { createLogger } from "../../../src/logger.ts";
import { runDigestSlot } from "../../../src/scheduler/digest-job.ts";
import type { ReminderEngineDeps } from "../../../src/scheduler/engine-deps.ts";
import { createReminderEngine, type ReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { BOT_TOKEN } from "../../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../../fakes/slack/signed-request.ts";
import { slashCommand } from "../../fixtures/slack/payloads.ts";
import {
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  seedCustomer,
  startHarness,
  submit,
} from "../slack/harness.ts";

const NAMES = ["Acme BV", "Beta NV", "Gamma CV"];
const SECOND = 1_000;
let h: Harness;

beforeEach(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
  // The fake's rate limits and Retry-After checks follow the same test clock as the scheduler.
  h.slack.now = () => h.clock.now().getTime();
});
afterEach(async () => {
  await h?.close();
});

const DIGEST_CHANNEL = "C0DIGEST";

function deps(): ReminderEngineDeps {
  return {
    prisma: h.db.prisma,
    chat: h.app.chat,
    clock: h.clock,
    config: loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: h.slack.url,
      TIMEZONE: "Europe/Brussels",
      DEFAULT_LANGUAGE: "en",
      SLACK_DIGEST_CHANNEL: DIGEST_CHANNEL,
    }),
    logger: createLogger("silent"),
    instanceId: "instance-a",
    sleep: async (ms) => h.clock.advance(ms),
    refreshIncidentMessage: async (id) => {
      await h.app.refreshIncidentMessage(id);
    },
    publishUnpostedIncident: (incident) => h.app.publishUnpostedIncident(incident),
  };
}

const engine = (): ReminderEngine => createReminderEngine(deps());

/** A breach for three customers reported in the incident channel: three -12 h reminders at 19:00Z. */
async function reportBreach(description: string) {
  const customers = await Promise.all(
    NAMES.map((name, i) => seedCustomer(h, { key: `c${i}-${description.length}`, name })),
  );
  const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
  await submit(h, view, {
    customers: customers.map((c, i) => ({ value: c.id, text: NAMES[i]! })),
    discoveredAt: new Date("2026-05-04T07:00:00Z"),
    description,
  });
  return h.db.prisma.incident.findFirstOrThrow({ where: { description } });
}

/** How many reminders for this customer Slack accepted and shows (a refused attempt shows nothing). */
const shownFor = (name: string) =>
  [...h.slack.messages.values()].filter((m) => JSON.stringify(m).includes(`left to inform ${name}`)).length;

/** Ticks every 15 s for `minutes`; returns the calls made to `method`, each with its tick's offset. */
async function tickFor(e: ReminderEngine, minutes: number, method: string) {
  const calls: Array<{ at: number; text: string }> = [];
  const start = h.clock.now().getTime();
  for (let i = 0; i < (minutes * 60) / 15; i++) {
    h.clock.set(new Date(start + i * 15 * SECOND));
    const before = h.slack.callsOf(method).length;
    await e.tickReminders();
    for (const call of h.slack.callsOf(method).slice(before))
      calls.push({ at: i * 15 * SECOND, text: JSON.stringify(call.args) });
  }
  return calls;
}

describe("the scheduler in a Slack storm", () => {
  it("under 429 with Retry-After posts every reminder once, never before Retry-After, without a hot loop", async () => {
    await reportBreach("Laptop left on a train");
    const e = engine();
    await e.tickReminders(); // writes the reminder rows; nothing is due yet
    // One post per channel per minute: each reminder after the first meets a 429.
    h.slack.rateLimit("chat.postMessage", { max: 1, windowMs: 60 * SECOND, perChannel: true });
    const postsBefore = h.slack.callsOf("chat.postMessage").length;

    h.clock.set("2026-05-04T19:00:05Z");
    await tickFor(e, 5, "chat.postMessage");

    for (const name of NAMES) expect(shownFor(name)).toBe(1);
    expect(h.slack.violations).toEqual([]); // no call before an earlier Retry-After had passed
    const posts = h.slack.callsOf("chat.postMessage").length - postsBefore;
    expect(h.slack.rateLimited).toBeGreaterThan(0);
    // Each 429 held the whole channel: at most one refused attempt per reminder after the first.
    expect(h.slack.rateLimited).toBeLessThanOrEqual(NAMES.length - 1);
    expect(posts).toBe(NAMES.length + h.slack.rateLimited);
    const rows = await h.db.prisma.reminder.findMany({ where: { kind: "breach.notify", step: "-12h" } });
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("under a run of 5xx backs off exponentially and then posts every reminder once", async () => {
    await reportBreach("Mailbox forwarded to a stranger");
    const e = engine();
    await e.tickReminders();
    const postsBefore = h.slack.callsOf("chat.postMessage").length;
    for (let i = 0; i < 4; i++) h.slack.failNext("chat.postMessage", { status: 503 });

    h.clock.set("2026-05-04T19:00:05Z");
    const calls = await tickFor(e, 15, "chat.postMessage");

    for (const name of NAMES) expect(shownFor(name)).toBe(1);
    expect(h.slack.callsOf("chat.postMessage").length - postsBefore).toBe(4 + NAMES.length);
    // No hot loop: each reminder is retried at least 30 s later, each wait at least as long as the last.
    const retried = NAMES.map((name) =>
      calls.filter((c) => c.text.includes(`left to inform ${name}`)).map((c) => c.at),
    );
    expect(Math.max(...retried.map((times) => times.length))).toBeGreaterThan(2);
    for (const times of retried) {
      const gaps = times.slice(1).map((at, i) => at - times[i]!);
      expect(gaps.length).toBeGreaterThan(0);
      for (let i = 0; i < gaps.length; i++) {
        expect(gaps[i]!).toBeGreaterThanOrEqual(30 * SECOND);
        if (i > 0) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
      }
    }
    const rows = await h.db.prisma.reminder.findMany({ where: { kind: "breach.notify", step: "-12h" } });
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
  });

  it.each([
    ["429", { status: 429, retryAfter: 30 }, 30],
    ["503", { status: 503 }, 15],
  ])(
    "a chat.update answered %s still counts the reminders as sent; the message catches up once per tick at most",
    async (_label, reply, minGapSeconds) => {
      const incident = await reportBreach(`Backup tape lost ${_label}`);
      const e = engine();
      await e.tickReminders();
      const updatesBefore = h.slack.callsOf("chat.update").length;
      for (let i = 0; i < 5; i++) h.slack.failNext("chat.update", reply);

      h.clock.set("2026-05-04T19:00:05Z");
      await tickFor(e, 5, "chat.update");

      for (const name of NAMES) expect(shownFor(name)).toBe(1);
      const updates = h.slack.callsOf("chat.update").slice(updatesBefore);
      // Five refusals, then the update that Slack takes; every one of the incident's message.
      expect(updates).toHaveLength(6);
      for (const update of updates) expect(update.args.ts).toBe(incident.messageId);
      // Never before Retry-After (429) or the next tick (5xx): no hot loop.
      const gaps = updates.slice(1).map((c, i) => c.at - updates[i]!.at);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(minGapSeconds * SECOND);
      const row = await h.db.prisma.incident.findUniqueOrThrow({ where: { id: incident.id } });
      expect(row.messageStale).toBe(false);
    },
  );
});

describe("an incident message whose update Slack refuses", () => {
  it("is rendered again by the scheduler until Slack takes it, then left alone", async () => {
    const incident = await reportBreach("Shared drive opened to all staff");
    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow({
      where: { incidentId: incident.id, customer: { name: "Acme BV" } },
    });
    for (let i = 0; i < 2; i++) h.slack.failNext("chat.update", { status: 503 });
    const before = h.slack.callsOf("chat.update").length;
    // What a "Customer informed" dialog does: save, then refresh the message (refused here).
    const informed = await recordCustomerInformed(h.app.breach, {
      incidentId: incident.id,
      clockId: clock.id,
      notification: { at: h.clock.now(), via: "phone", to: "Jan", messageId: null },
      actor: {
        platform: "slack",
        userId: "U2147483697",
        workspaceId: "T1",
        displayName: "Steve",
        standing: "member",
      },
    });
    await refreshAfterChange(h.app.breach, informed);
    const stale = () => h.db.prisma.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect((await stale()).messageStale).toBe(true);

    const e = engine();
    expect((await e.tickReminders()).stale).toEqual({ updated: 0, failed: 1 }); // 503 again
    expect((await stale()).messageStale).toBe(true);
    h.clock.advance(15 * SECOND);
    expect((await e.tickReminders()).stale).toEqual({ updated: 1, failed: 0 });
    expect((await stale()).messageStale).toBe(false);
    const updates = h.slack.callsOf("chat.update").slice(before);
    expect(updates).toHaveLength(3);
    expect(JSON.stringify(updates.at(-1)!.args.blocks)).toContain("Informed by phone");
    expect(updates.at(-1)!.args.ts).toBe(incident.messageId);

    // Nothing left to catch up: the next tick does not touch the message.
    h.clock.advance(15 * SECOND);
    expect((await e.tickReminders()).stale).toEqual({ updated: 0, failed: 0 });
    expect(h.slack.callsOf("chat.update").slice(before)).toHaveLength(3);
  });
});

describe("the daily digest in a Slack storm", () => {
  const slot = new Date("2026-05-04T07:00:00Z");
  const digestPosts = () =>
    h.slack.callsOf("chat.postMessage").filter((c) => c.args.channel === DIGEST_CHANNEL);

  it("waits out Retry-After on the test clock and posts the digest once", async () => {
    h.slack.memberOf.add(DIGEST_CHANNEL);
    h.slack.rateLimit("chat.postMessage", { max: 1, windowMs: 60 * SECOND, perChannel: true });
    h.clock.set("2026-05-04T07:00:00Z");
    await h.app.chat.post(
      { platform: "slack", channelId: DIGEST_CHANNEL },
      { summary: "earlier", blocks: [] },
    );
    h.clock.set("2026-05-04T07:00:10Z");

    const [report] = await runDigestSlot(deps(), slot);
    expect(report?.outcome).toBe("sent");
    expect(digestPosts()).toHaveLength(3); // the earlier post, one 429, the digest
    expect(h.slack.rateLimited).toBe(1);
    expect([...h.slack.messages.values()].filter((m) => m.channel === DIGEST_CHANNEL)).toHaveLength(2);
    expect(h.slack.violations).toEqual([]);
    expect(h.clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse("2026-05-04T07:01:00Z"));
  });

  it("gives up after a bounded number of attempts under a run of 5xx, backing off between them", async () => {
    h.slack.memberOf.add(DIGEST_CHANNEL);
    for (let i = 0; i < 10; i++) h.slack.failNext("chat.postMessage", { status: 503 });
    h.clock.set("2026-05-04T07:00:10Z");
    const [report] = await runDigestSlot(deps(), slot);
    expect(report?.outcome).toBe("failed");
    expect(digestPosts()).toHaveLength(3);
    // 30 s, then 60 s of back-off on the test clock between the three attempts.
    expect(h.clock.now().getTime() - Date.parse("2026-05-04T07:00:10Z")).toBe(90 * SECOND);
  });
});

describe("/datalek in a Slack storm", () => {
  it("opens the dialog after one quick retry when views.open answers 503", async () => {
    h.slack.failNext("views.open", { status: 503 });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    expect(h.slack.callsOf("views.open")).toHaveLength(2);
    expect(view.type).toBe("modal");
    expect(JSON.stringify(view.blocks)).toContain("customers");
  });

  it("does not retry views.open answered 429 (no hidden wait in a listener), and the next /datalek works", async () => {
    h.slack.failNext("views.open", { status: 429, retryAfter: 10 });
    await h.post(slashCommand({ triggerId: h.slack.issueTrigger(), channelId: INCIDENT_CHANNEL }));
    expect(h.slack.callsOf("views.open")).toHaveLength(1);
    expect(h.slack.callsOf("views.update")).toHaveLength(0);
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    expect(view.type).toBe("modal");
  });

  it.each([
    ["429", { status: 429, retryAfter: 20 }],
    ["503", { status: 503 }],
  ])(
    "saves a report whose post is answered %s and has the scheduler post it once later",
    async (_label, reply) => {
      const acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
      const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
      for (let i = 0; i < 3; i++) h.slack.failNext("chat.postMessage", reply);
      const response = await submit(h, view, {
        customers: [{ value: acme.id, text: "Acme BV (acme)" }],
        discoveredAt: new Date("2026-05-04T07:00:00Z"),
        description: "Payslips printed in the lobby",
      });
      expect(response.status).toBe(200);
      const saved = await h.db.prisma.incident.findFirstOrThrow({
        where: { description: "Payslips printed in the lobby" },
      });
      expect(saved.messageId).toBeNull();
      const tried = h.slack.callsOf("chat.postMessage").length;

      const e = engine();
      await tickFor(e, 10, "chat.postMessage");
      expect(h.slack.callsOf("chat.postMessage").length - tried).toBeLessThanOrEqual(3);
      const posted = await h.db.prisma.incident.findUniqueOrThrow({ where: { id: saved.id } });
      expect(posted.messageId).not.toBeNull();
      const shown = [...h.slack.messages.values()].filter((m) => JSON.stringify(m).includes(saved.reference));
      expect(shown).toHaveLength(1);
      expect(h.slack.violations).toEqual([]);
    },
  );
});

describe("a person waiting on Slack in a storm", () => {
  it("fills the loading dialog after a short Retry-After on views.update, waited on the test clock", async () => {
    // Slack slow to say who the person is: the loading view opens first, the form replaces it.
    h.slack.delay("users.info", 1_000);
    h.slack.failNext("views.update", { status: 429, retryAfter: 2 });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    expect(h.slack.callsOf("views.update")).toHaveLength(2);
    expect(h.waits).toEqual([2 * SECOND]);
    expect(JSON.stringify(view.blocks)).toContain("customers");
  });

  it("opens the report form without the profile when users.info is rate limited, and asks again next time", async () => {
    h.slack.failNext("users.info", { status: 429, retryAfter: 30 });
    const first = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    expect(JSON.stringify(first.view.blocks)).toContain("customers");
    expect(JSON.stringify(first.view.blocks)).not.toContain("steve.peeters@provider.example");
    expect(h.waits).toEqual([]);
    const second = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    expect(JSON.stringify(second.view.blocks)).toContain("steve.peeters@provider.example");
    expect(h.slack.callsOf("users.info")).toHaveLength(2);
  });

  it("does not hold a listener for a long Retry-After: the loading view says what to do", async () => {
    h.slack.delay("users.info", 1_000);
    h.slack.failNext("views.update", { status: 429, retryAfter: 30 });
    await h.post(slashCommand({ triggerId: h.slack.issueTrigger(), channelId: INCIDENT_CHANNEL }));
    expect(h.slack.callsOf("views.update")).toHaveLength(1);
    expect(h.waits).toEqual([]);
    const opened = h.slack.callsOf("views.open").at(-1)!.args.view as { blocks: unknown[] };
    expect(JSON.stringify(opened.blocks)).toMatch(
      /try again in a minute|probeer het over een minuut opnieuw/,
    );
    // Once Slack lets go, the next /datalek opens the form.
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    expect(JSON.stringify(view.blocks)).toContain("customers");
  });

  it.each([
    ["429 with a short Retry-After", { status: 429, retryAfter: 1 }, [SECOND]],
    ["503", { status: 503 }, [500]],
  ])("delivers a private answer (the digest on demand) after %s, once", async (_label, reply, waits) => {
    h.slack.failNext("chat.postEphemeral", reply);
    await h.post(
      slashCommand({
        command: "/datalek-digest",
        triggerId: h.slack.issueTrigger(),
        channelId: INCIDENT_CHANNEL,
      }),
    );
    const calls = h.slack.callsOf("chat.postEphemeral");
    expect(calls).toHaveLength(2);
    expect(h.waits).toEqual(waits);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(0); // no fallback to a DM: it got through
    expect(h.slack.violations).toEqual([]);
  });

  it("gives up on a private answer after one more try, without a hot loop", async () => {
    for (let i = 0; i < 5; i++) h.slack.failNext("chat.postEphemeral", { status: 503 });
    await h.post(
      slashCommand({
        command: "/datalek-digest",
        triggerId: h.slack.issueTrigger(),
        channelId: INCIDENT_CHANNEL,
      }),
    );
    // The digest and then its error notice: two tries each, no more.
    expect(h.slack.callsOf("chat.postEphemeral")).toHaveLength(4);
    expect(h.waits).toEqual([500, 500]);
  });
});
