// When the bot may not post where /datalek ran, the incident is still saved and shown: in
// SLACK_INCIDENT_CHANNEL, else in the reporter's direct message; the reporter is told how to add the bot.
import { afterEach, describe, expect, it } from "vitest";
import {
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  REPORTER,
  seedCustomer,
  startHarness,
  submit,
} from "./harness.ts";

const PRIVATE_CHANNEL = "C0SECRET";
let h: Harness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function report(harness: Harness, channel: { channelId: string; channelName: string }) {
  const acme = await seedCustomer(harness, { key: "acme", name: "Acme BV" });
  const { view } = await openReportForm(harness, channel);
  const response = await submit(harness, view, {
    customers: [{ value: acme.id, text: "Acme BV" }],
    discoveredAt: new Date("2026-05-04T07:00:00Z"),
    description: "Verkeerde bijlage gemaild",
  });
  expect(response.text).toBe("");
  return harness.db.prisma.incident.findFirstOrThrow();
}

const hints = (harness: Harness) =>
  [...harness.slack.callsOf("chat.postEphemeral"), ...harness.slack.callsOf("chat.postMessage")]
    .map((c) => JSON.stringify(c.args))
    .filter((text) => text.includes("/invite @dpa-bot"));

describe("a channel the bot is not in", () => {
  it("posts the incident in SLACK_INCIDENT_CHANNEL and tells the reporter how to invite the bot", async () => {
    h = await startHarness({
      now: "2026-05-04T08:00:00Z",
      env: { SLACK_INCIDENT_CHANNEL: INCIDENT_CHANNEL },
    });
    const incident = await report(h, { channelId: PRIVATE_CHANNEL, channelName: "secret" });
    expect(h.slack.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual(
      expect.arrayContaining([PRIVATE_CHANNEL, INCIDENT_CHANNEL]),
    );
    expect(incident.channelId).toBe(INCIDENT_CHANNEL);
    expect(incident.messageId).toBeTruthy();
    const [hint] = hints(h);
    expect(hint).toContain("DL-2026-0001");
    expect(hint).toContain("#secret");
  });

  it("without an incident channel, shows the incident in the reporter's direct message", async () => {
    h = await startHarness({ now: "2026-05-04T08:00:00Z" });
    const incident = await report(h, { channelId: PRIVATE_CHANNEL, channelName: "secret" });
    expect(incident.channelId).toBe(`D${REPORTER.id.slice(1)}`);
    expect(h.slack.messages.get(`${incident.channelId}/${incident.messageId}`)).toBeDefined();
    expect(hints(h)).toHaveLength(1);
    // The reporter's Slack locale is Dutch.
    expect(hints(h)[0]).toContain("Het incident staat voorlopig hier.");
  });

  it("from a direct message, posts in SLACK_INCIDENT_CHANNEL without a hint", async () => {
    h = await startHarness({
      now: "2026-05-04T08:00:00Z",
      env: { SLACK_INCIDENT_CHANNEL: INCIDENT_CHANNEL },
    });
    const incident = await report(h, { channelId: "D0SOMEDM", channelName: "directmessage" });
    expect(h.slack.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual([INCIDENT_CHANNEL]);
    expect(incident.channelId).toBe(INCIDENT_CHANNEL);
    expect(hints(h)).toHaveLength(0);
  });
});
