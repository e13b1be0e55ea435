// Proactive messages in Teams: after the app is installed in a team, a breach reminder goes to the
// incident's conversation through the Bot Connector (429 with Retry-After holds it exactly that
// long, a 5xx backs off; it is posted once and the incident card is updated in place), the daily
// digest goes to the conversation where `digest here` was said, and uninstalling stops both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformChat } from "../../../src/adapters/chat/platform-chat.ts";
import { loadConfig } from "../../../src/config.ts";
import type { ChatTarget } from "../../../src/domain/ports.ts";
import { createLogger } from "../../../src/logger.ts";
import { createReminderEngine, type ReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import {
  botAddedToTeam,
  botRemovedFromTeam,
  CHANNEL,
  message,
  TEAM,
} from "../../fixtures/teams/activities.ts";
import { seedCustomer } from "../slack/harness.ts";
import { reportBreachInTeams } from "./flow-helpers.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;
let engine: ReminderEngine;
const digestTargets: ChatTarget[] = [];

beforeAll(async () => {
  h = await startTeamsHarness({
    now: "2026-05-04T08:00:00Z",
    onDigestTargetsChanged: async () => {
      digestTargets.splice(0, digestTargets.length, ...(await h.teams.digestTargets()));
    },
  });
  engine = createReminderEngine({
    prisma: h.db.prisma,
    chat: platformChat({ teams: h.teams.chat }),
    clock: h.clock,
    config: loadConfig({ TEAMS_LOCAL: "true", TIMEZONE: "Europe/Brussels", DEFAULT_LANGUAGE: "en" }),
    logger: createLogger("silent"),
    instanceId: "instance-a",
    sleep: async (ms) => h.clock.advance(ms),
    digestTargets,
    refreshIncidentMessage: async (id) => {
      const { refreshIncidentMessage } = await import(
        "../../../src/domain/breach/refresh-incident-message.ts"
      );
      await refreshIncidentMessage(h.teams.breach, id);
    },
  });
});
afterAll(async () => {
  await h?.close();
});

const remindersIn = (conversationId: string) =>
  h.connector.sent.filter(
    (s) =>
      s.conversationId === conversationId && JSON.stringify(s.activity).includes("left to inform Acme BV"),
  );

describe("proactive Teams messages", () => {
  it("stores the conversation reference when the app is added to a team, with who did it", async () => {
    await h.post(botAddedToTeam(h.where));
    const stored = await h.db.prisma.conversationReference.findUniqueOrThrow({
      where: { platform_conversationId: { platform: "teams", conversationId: CHANNEL } },
    });
    expect(stored).toMatchObject({ serviceUrl: h.where.serviceUrl, teamId: TEAM, kind: "channel" });
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({
      where: { action: "teams.conversation.installed" },
    });
    expect(audit.actorName).toBe("Steve Peeters");
  });

  it("reminds in the incident's conversation, honouring 429 Retry-After, once, and updates the card", async () => {
    const acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
    const incident = await reportBreachInTeams(h, {
      customerId: acme.id,
      discovered: { date: "2026-05-04", time: "09:00" }, // 07:00Z
      description: "Unencrypted laptop stolen",
    });
    await engine.tickReminders();
    expect(remindersIn(CHANNEL)).toHaveLength(0);

    // 12 h before the 24 h deadline (07:00Z + 12 h = 19:00Z) the connector answers 429, Retry-After 20 s.
    h.clock.set("2026-05-04T19:00:05Z");
    h.connector.fail(429, { retryAfterSeconds: 20 });
    await engine.tickReminders();
    const held = await h.db.prisma.reminder.findFirstOrThrow({
      where: { kind: "breach.notify", step: "-12h" },
    });
    expect(held.status).toBe("pending");
    expect(held.nextAttemptAt).toEqual(new Date("2026-05-04T19:00:25Z"));

    h.clock.set("2026-05-04T19:00:20Z");
    await engine.tickReminders();
    expect(remindersIn(CHANNEL)).toHaveLength(0);

    h.clock.set("2026-05-04T19:00:35Z");
    const updatesBefore = h.connector.updates.length;
    await engine.tickReminders();
    expect(remindersIn(CHANNEL)).toHaveLength(1);
    expect((await h.db.prisma.reminder.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("sent");
    expect(h.connector.updates.slice(updatesBefore).map((u) => u.activityId)).toContain(incident.messageId);

    h.clock.set("2026-05-04T19:05:00Z");
    await engine.tickReminders();
    expect(remindersIn(CHANNEL)).toHaveLength(1);
  });

  it("backs off on a 5xx from the connector and posts the reminder on a later tick", async () => {
    // 4 h before the deadline: 03:00Z next day.
    h.clock.set("2026-05-05T03:00:05Z");
    h.connector.fail(503);
    await engine.tickReminders();
    const held = await h.db.prisma.reminder.findFirstOrThrow({
      where: { kind: "breach.notify", step: "-4h" },
    });
    expect(held.status).toBe("pending");
    expect(held.nextAttemptAt!.getTime()).toBeGreaterThan(new Date("2026-05-05T03:00:05Z").getTime());
    h.clock.set(new Date(held.nextAttemptAt!.getTime() + 1000));
    await engine.tickReminders();
    expect((await h.db.prisma.reminder.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("sent");
  });

  it("posts the daily digest where `digest here` was said", async () => {
    await h.post(message("digest here", h.where));
    expect(digestTargets).toEqual([{ platform: "teams", channelId: CHANNEL }]);
    const before = h.connector.sent.length;
    h.clock.set("2026-05-05T07:00:30Z"); // 09:00 in Brussels (CEST): the DIGEST_CRON slot
    const { digest } = await engine.tick();
    expect(digest.map((d) => d.outcome)).toEqual(["sent"]);
    const posted = h.connector.sent.slice(before).filter((s) => s.conversationId === CHANNEL);
    const digests = posted.filter((p) => JSON.stringify(p.activity).includes("Open deadlines"));
    expect(digests).toHaveLength(1);
    expect(JSON.stringify(digests[0]!.activity)).toContain("DL-2026-0001");
  });

  it("stops reminders and digests once the app is removed from the team", async () => {
    await h.post(botRemovedFromTeam(h.where));
    expect(await h.db.prisma.conversationReference.count()).toBe(0);
    expect(digestTargets).toEqual([]);
    const before = h.connector.sent.length;
    h.clock.set("2026-05-05T08:00:05Z"); // an hour late: the penalty reminder is due
    await engine.tickReminders();
    expect(h.connector.sent.length).toBe(before);
    // Not retried for ever: the conversation is gone, so the reminder fails (and is logged).
    const failed = await h.db.prisma.reminder.findMany({ where: { status: "failed" } });
    expect(failed.map((r) => r.lastError)).toEqual([
      expect.stringMatching(/not installed in Teams conversation/),
    ]);
    h.clock.set("2026-05-06T07:00:30Z");
    await engine.tick();
    expect(h.connector.sent.length).toBe(before);
    expect(h.connector.violations).toEqual([]);
  });
});
