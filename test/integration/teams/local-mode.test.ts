// TEAMS_LOCAL (no Bot Framework token, no tenant check: Agents Playground, tests) serves this
// machine only. From a loopback address with a loopback service URL the bot answers, as the
// playground needs. A client on another address is refused with 403 and changes nothing, whatever
// X-Forwarded-For claims; an activity whose service URL is on another machine is refused before it
// is stored; a service URL on another machine stored earlier is never posted to.
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveConversation } from "../../../src/adapters/db/repositories/conversation-references.ts";
import { ChatDeliveryError } from "../../../src/domain/ports.ts";
import type { FakeConnector } from "../../fakes/teams/fake-connector.ts";
import { message, PERSONAL } from "../../fixtures/teams/activities.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

/** An address of this machine that is not loopback, as another machine on its network sees it. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

describe("TEAMS_LOCAL from this machine", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness({ now: "2026-05-04T08:00:00Z" });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers a loopback client whose service URL is on this machine", async () => {
    const response = await h.post(message("help", { ...h.where, conversation: "personal" }));
    expect(response.status).toBe(200);
    expect(h.connector.sent.map((s) => s.conversationId)).toEqual([PERSONAL]);
    expect(await h.db.prisma.conversationReference.count()).toBe(1);
  });

  it("refuses an activity whose service URL is on another machine, storing and sending nothing", async () => {
    const sent = h.connector.sent.length;
    const elsewhere = outside ? `http://${outside}:9/` : "http://192.0.2.1:9/";
    for (const serviceUrl of ["https://attacker.example/", elsewhere]) {
      const response = await h.post(message("help", { serviceUrl, conversation: "channel" }));
      expect(response.status).toBe(403);
    }
    const { serviceUrl: _, ...withoutServiceUrl } = message("help", h.where);
    expect((await h.post(withoutServiceUrl)).status).toBe(403);
    expect(await h.db.prisma.conversationReference.count()).toBe(1);
    expect(h.connector.sent).toHaveLength(sent);
  });

  it("never posts to a service URL on another machine that was stored before", async () => {
    await saveConversation(
      h.db.prisma,
      {
        conversationId: "19:stored-elsewhere@thread.tacv2",
        serviceUrl: "https://attacker.example/",
        tenantId: null,
        teamId: null,
        name: null,
        kind: "channel",
        userAadId: null,
        reference: {},
      },
      null,
    );
    const posting = h.teams.chat.post(
      { platform: "teams", channelId: "19:stored-elsewhere@thread.tacv2" },
      { summary: "Reminder", blocks: [{ type: "section", text: ["Reminder"] }] },
    );
    await expect(posting).rejects.toBeInstanceOf(ChatDeliveryError);
    await expect(posting).rejects.toMatchObject({ retryable: false, message: /this machine only/ });
  });
});

describe.skipIf(outside === undefined)("TEAMS_LOCAL reached from another address", () => {
  let h: TeamsHarness;
  let connector: FakeConnector;
  beforeAll(async () => {
    // Listening on the machine's network address: the test's requests come from that address.
    h = await startTeamsHarness({ now: "2026-05-04T08:00:00Z", host: outside });
    connector = h.connector;
  });
  afterAll(async () => {
    await h?.close();
  });

  it("refuses with 403, whatever X-Forwarded-For claims, and stores and sends nothing", async () => {
    const activity = message("help", { ...h.where, conversation: "personal" });
    expect((await h.post(activity)).status).toBe(403);
    expect(
      (await h.post(activity, { "x-forwarded-for": "127.0.0.1", forwarded: "for=127.0.0.1" })).status,
    ).toBe(403);
    expect(await h.db.prisma.conversationReference.count()).toBe(0);
    expect(await h.db.prisma.auditLog.count()).toBe(0);
    expect(connector.sent).toEqual([]);
  });
});
