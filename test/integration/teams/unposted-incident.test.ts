// A report whose first post is refused by the connector (429) is saved anyway, with a hold of the
// Retry-After; the scheduler posts it in the same Teams conversation once the hold has passed,
// once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformChat } from "../../../src/adapters/chat/platform-chat.ts";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { botAddedToTeam, CHANNEL } from "../../fixtures/teams/activities.ts";
import { seedCustomer } from "../slack/harness.ts";
import { reportBreachInTeams } from "./flow-helpers.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-05-04T08:00:00Z" });
});
afterAll(async () => {
  await h?.close();
});

describe("an incident card the connector refused at first", () => {
  it("is posted by the scheduler after the Retry-After, once", async () => {
    await h.post(botAddedToTeam(h.where));
    const acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
    const postsBefore = () =>
      h.connector.sent.filter((s) => JSON.stringify(s.activity).includes("DL-2026-0001")).length;

    // The command's card and the dialog go through; the incident card's post gets 429.
    const reporting = reportBreachInTeams(h, {
      customerId: acme.id,
      discovered: { date: "2026-05-04", time: "09:30" },
      description: "Printer queue exposed",
      beforeSubmit: () => h.connector.fail(429, { retryAfterSeconds: 30 }),
    });
    const incident = await reporting;
    expect(incident.messageId).toBeNull();
    expect(incident.postHeldUntil).toEqual(new Date("2026-05-04T08:00:30Z"));
    expect(postsBefore()).toBe(0);

    const engine = createReminderEngine({
      prisma: h.db.prisma,
      chat: platformChat({ teams: h.teams.chat }),
      clock: h.clock,
      config: loadConfig({ TEAMS_LOCAL: "true", TIMEZONE: "Europe/Brussels", DEFAULT_LANGUAGE: "en" }),
      logger: createLogger("silent"),
      instanceId: "instance-a",
      sleep: async (ms) => h.clock.advance(ms),
      publishUnpostedIncident: (unposted) => h.teams.publishUnpostedIncident(unposted),
    });
    h.clock.set("2026-05-04T08:00:20Z");
    await engine.tickReminders();
    expect(postsBefore()).toBe(0);

    h.clock.set("2026-05-04T08:00:31Z");
    await engine.tickReminders();
    await engine.tickReminders();
    const posted = h.connector.sent.filter((s) => JSON.stringify(s.activity).includes("DL-2026-0001"));
    expect(posted.map((p) => p.conversationId)).toEqual([CHANNEL]);
    const stored = await h.db.prisma.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(stored.messageId).toBe(posted[0]!.activityId);
  });
});
