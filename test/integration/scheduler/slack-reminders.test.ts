// A breach reminder all the way to Slack's HTTP API: reported through a signed /datalek, reminded
// through the real Slack chat adapter against the fake Web API. A 429 with Retry-After holds the
// reminder exactly that long; it is then posted once, and the incident message is updated in place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
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

beforeAll(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
});
afterAll(async () => {
  await h?.close();
});

/** Reminders Slack accepted and shows in the channel (a 429'd attempt shows nothing). */
const remindersShownIn = (channel: string) =>
  [...h.slack.messages.values()].filter(
    (message) => message.channel === channel && JSON.stringify(message).includes("left to inform Acme BV"),
  );

describe("breach reminders through the Slack Web API", () => {
  it("honours Retry-After on HTTP 429, posts the reminder once, and updates the incident message", async () => {
    const acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    await submit(h, view, {
      customers: [{ value: acme.id, text: "Acme BV (acme)" }],
      discoveredAt: new Date("2026-05-04T07:00:00Z"),
      description: "Unencrypted laptop stolen",
    });
    const incident = await h.db.prisma.incident.findFirstOrThrow({
      where: { description: "Unencrypted laptop stolen" },
    });
    expect(incident.messageId).not.toBeNull();

    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: h.slack.url,
      TIMEZONE: "Europe/Brussels",
      DEFAULT_LANGUAGE: "en",
    });
    const engine = createReminderEngine({
      prisma: h.db.prisma,
      chat: h.app.chat,
      clock: h.clock,
      config,
      logger: createLogger("silent"),
      instanceId: "instance-a",
      sleep: async (ms) => h.clock.advance(ms),
      refreshIncidentMessage: async (id) => {
        await h.app.refreshIncidentMessage(id);
      },
    });
    await engine.tickReminders(); // writes the reminder rows of the new clocks; nothing is due yet
    expect(remindersShownIn(INCIDENT_CHANNEL)).toHaveLength(0);

    // 12 h before the deadline (07:00Z + 24 h - 12 h = 19:00Z) Slack answers 429, Retry-After 20 s.
    h.clock.set("2026-05-04T19:00:05Z");
    h.slack.failNext("chat.postMessage", { status: 429, retryAfter: 20 });
    const updatesBefore = h.slack.callsOf("chat.update").length;
    await engine.tickReminders();
    const held = await h.db.prisma.reminder.findFirstOrThrow({
      where: { kind: "breach.notify", step: "-12h" },
    });
    expect(held.status).toBe("pending");
    expect(held.nextAttemptAt).toEqual(new Date("2026-05-04T19:00:25Z"));

    h.clock.set("2026-05-04T19:00:20Z");
    await engine.tickReminders();
    expect(remindersShownIn(INCIDENT_CHANNEL)).toHaveLength(0);
    expect((await h.db.prisma.reminder.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("pending");

    h.clock.set("2026-05-04T19:00:35Z");
    await engine.tickReminders();
    expect(remindersShownIn(INCIDENT_CHANNEL)).toHaveLength(1);
    expect((await h.db.prisma.reminder.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("sent");
    const updates = h.slack.callsOf("chat.update").slice(updatesBefore);
    expect(updates.map((call) => call.args.ts)).toContain(incident.messageId);

    h.clock.set("2026-05-04T19:05:00Z");
    await engine.tickReminders();
    expect(remindersShownIn(INCIDENT_CHANNEL)).toHaveLength(1);
  });
});
