// An incident saved while Slack refused its message (HTTP 429) is posted by a later tick, once its
// Retry-After has passed, exactly once although two instances (each with its own Prisma client and
// Slack app) tick at the same moment; a closed incident is never posted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { createSlackApp, type SlackApp } from "../../../src/adapters/slack/create-slack-app.ts";
import { loadConfig } from "../../../src/config.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { createReminderEngine, type ReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { BOT_TOKEN } from "../../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../../fakes/slack/signed-request.ts";
import {
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  seedCustomer,
  startHarness,
  submit,
} from "../slack/harness.ts";

let h: Harness;
let acme: { id: string };
let otherPrisma: PrismaClient;
let otherApp: SlackApp;
let instances: ReminderEngine[];

const SECOND = 1_000;

beforeAll(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
  acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
  // A second process: its own connection pool, its own Slack app, the same database and Slack.
  otherPrisma = createPrismaClient(h.db.url, { maxConnections: 5 });
  otherApp = createSlackApp({
    config: config(),
    prisma: otherPrisma,
    clock: h.clock,
    logger: createLogger("silent"),
  });
  instances = [engineFor(h.db.prisma, h.app, "instance-a"), engineFor(otherPrisma, otherApp, "instance-b")];
});
afterAll(async () => {
  await otherPrisma?.$disconnect();
  await h?.close();
});
beforeEach(() => {
  h.clock.set("2026-05-04T08:00:00Z");
});

function config() {
  return loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: h.slack.url,
    TIMEZONE: "Europe/Brussels",
    DEFAULT_LANGUAGE: "en",
  });
}

function engineFor(prisma: PrismaClient, app: SlackApp, instanceId: string): ReminderEngine {
  return createReminderEngine({
    prisma,
    chat: app.chat,
    clock: h.clock,
    config: config(),
    logger: createLogger("silent"),
    instanceId,
    sleep: async () => {},
    publishUnpostedIncident: (incident) => app.publishUnpostedIncident(incident),
  });
}

async function tickBoth() {
  const reports = await Promise.all(instances.map((engine) => engine.tickReminders()));
  return reports.map((r) => r.unposted);
}

/** Reports a breach in the incident channel while Slack answers its post with HTTP 429. */
async function reportWhileRateLimited(retryAfterSeconds: number, description: string) {
  const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
  h.slack.failNext("chat.postMessage", { status: 429, retryAfter: retryAfterSeconds });
  await submit(h, view, {
    customers: [{ value: acme.id, text: "Acme BV (acme)" }],
    discoveredAt: new Date("2026-05-04T07:00:00Z"),
    description,
  });
  return h.db.prisma.incident.findFirstOrThrow({ where: { description } });
}

const postsTo = (channel: string) =>
  h.slack.callsOf("chat.postMessage").filter((call) => call.args.channel === channel).length;
const messagesIn = (channel: string) => [...h.slack.messages.values()].filter((m) => m.channel === channel);

describe("an incident whose first post was rate limited", () => {
  it("is saved unposted, left alone until Retry-After, then posted exactly once by two instances", async () => {
    const saved = await reportWhileRateLimited(30, "Mailbox forwarded to a stranger");
    expect(saved.channelId).toBe(INCIDENT_CHANNEL);
    expect(saved.messageId).toBeNull();
    expect(saved.postHeldUntil).toEqual(new Date("2026-05-04T08:00:30Z"));
    const triedBefore = postsTo(INCIDENT_CHANNEL);
    const shownBefore = messagesIn(INCIDENT_CHANNEL).length;

    h.clock.advance(15 * SECOND);
    expect(await tickBoth()).toEqual([
      { posted: 0, skipped: 0, failed: 0 },
      { posted: 0, skipped: 0, failed: 0 },
    ]);
    expect(postsTo(INCIDENT_CHANNEL)).toBe(triedBefore);

    h.clock.advance(15 * SECOND);
    const reports = await tickBoth();
    expect(reports.reduce((sum, r) => sum + r.posted, 0)).toBe(1);
    expect(reports.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
    expect(postsTo(INCIDENT_CHANNEL)).toBe(triedBefore + 1);
    const shown = messagesIn(INCIDENT_CHANNEL).slice(shownBefore);
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown[0]!.blocks)).toContain(saved.reference);

    const posted = await h.db.prisma.incident.findUniqueOrThrow({ where: { id: saved.id } });
    expect(posted.messageId).toBe(shown[0]!.ts);
    expect(posted.postHeldUntil).toBeNull();

    h.clock.advance(5 * 60 * SECOND);
    await tickBoth();
    expect(postsTo(INCIDENT_CHANNEL)).toBe(triedBefore + 1);
  });

  it("waits for a second Retry-After when the later post is rate limited too", async () => {
    const saved = await reportWhileRateLimited(10, "Backup tape lost in transit");
    h.clock.advance(10 * SECOND);
    h.slack.failNext("chat.postMessage", { status: 429, retryAfter: 60 });
    const failed = await tickBoth();
    expect(failed.reduce((sum, r) => sum + r.failed, 0)).toBe(1);
    const tried = postsTo(INCIDENT_CHANNEL);
    const held = await h.db.prisma.incident.findUniqueOrThrow({ where: { id: saved.id } });
    expect(held.messageId).toBeNull();
    expect(held.postHeldUntil).toEqual(new Date("2026-05-04T08:01:10Z"));

    h.clock.advance(45 * SECOND);
    await tickBoth();
    expect(postsTo(INCIDENT_CHANNEL)).toBe(tried);

    h.clock.advance(15 * SECOND);
    const reports = await tickBoth();
    expect(reports.reduce((sum, r) => sum + r.posted, 0)).toBe(1);
    expect(postsTo(INCIDENT_CHANNEL)).toBe(tried + 1);
    expect(
      (await h.db.prisma.incident.findUniqueOrThrow({ where: { id: saved.id } })).messageId,
    ).not.toBeNull();
  });

  it("is never posted once it is closed", async () => {
    const saved = await reportWhileRateLimited(5, "Printer sent payslips to the lobby");
    await h.db.prisma.incident.update({ where: { id: saved.id }, data: { status: "closed" } });
    const tried = postsTo(INCIDENT_CHANNEL);

    h.clock.advance(60 * SECOND);
    const reports = await tickBoth();
    expect(reports.reduce((sum, r) => sum + r.posted, 0)).toBe(0);
    expect(postsTo(INCIDENT_CHANNEL)).toBe(tried);
    expect((await h.db.prisma.incident.findUniqueOrThrow({ where: { id: saved.id } })).messageId).toBeNull();
  });
});
