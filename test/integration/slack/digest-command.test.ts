// `/datalek-digest` through a signed request: every open deadline, shown only to the person who
// asked (chat.postEphemeral), in that person's language; nothing is posted to the channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommandFields } from "../../fixtures/slack/payloads.ts";
import { type Harness, INCIDENT_CHANNEL, REPORTER, seedCustomer, startHarness } from "./harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: "2026-03-29T07:00:00Z" });
  const acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
  // The harness made REPORTER's account (with a role); this test adds a language preference.
  const reporter = await h.db.prisma.account.update({
    where: {
      platform_workspaceId_platformUserId: {
        platform: "slack",
        workspaceId: "T0001",
        platformUserId: REPORTER.id,
      },
    },
    data: { displayName: "Steve", language: "nl" },
  });
  const discoveredAt = new Date("2026-03-28T09:00:00Z");
  await h.db.prisma.incident.create({
    data: {
      reference: "DL-2026-0005",
      discoveredAt,
      reporterAccountId: reporter.id,
      description: "Laptop gestolen",
      customers: {
        create: {
          customerId: acme.id,
          notifyDeadline: new Date(discoveredAt.getTime() + 24 * 3_600_000),
          authorityDeadline: new Date(discoveredAt.getTime() + 72 * 3_600_000),
        },
      },
    },
  });
});
afterAll(async () => {
  await h.close();
});

function digestCommand(channelId: string): string {
  const fields = {
    ...slashCommandFields({ triggerId: h.slack.issueTrigger(), channelId }),
    command: "/datalek-digest",
  };
  return new URLSearchParams(fields).toString();
}

describe("/datalek-digest", () => {
  it("answers within Slack's 3 s and shows the overview only to the asker, in the asker's language", async () => {
    const response = await h.post(digestCommand(INCIDENT_CHANNEL));
    expect(response.status).toBe(200);
    expect(response.ackMs).toBeLessThan(3_000);

    const ephemeral = h.slack.callsOf("chat.postEphemeral");
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]?.args).toMatchObject({ channel: INCIDENT_CHANNEL, user: REPORTER.id });
    const shown = JSON.stringify(ephemeral[0]?.args);
    expect(shown).toContain("Openstaande termijnen");
    expect(shown).toMatch(/\*DL-2026-0005\* · Acme BV: klant informeren: nog 2 u/);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(0);
  });

  it("falls back to a direct message where the bot cannot whisper, and never posts in the channel", async () => {
    const before = h.slack.callsOf("chat.postMessage").length;
    await h.post(digestCommand("C0NOTMEMBER"));
    const posts = h.slack.callsOf("chat.postMessage").slice(before);
    expect(posts.map((call) => call.args.channel)).toEqual([REPORTER.id]);
    expect(JSON.stringify(posts[0]?.args)).toContain("DL-2026-0005");
  });
});
