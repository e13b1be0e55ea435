// Reading Teams activities: the conversation without its thread suffix, the person's zone and
// locale, the named account, and which tenants may speak to the bot.
import { describe, expect, it } from "vitest";
import { actorOf, fromAllowedTenant, readTurn } from "./turn.ts";

const activity = {
  type: "message",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  localTimezone: "Europe/Amsterdam",
  locale: "nl-NL",
  from: { id: "29:abc", name: "Anne", aadObjectId: "aad-1" },
  conversation: { id: "19:chan@thread.tacv2;messageid=1733", conversationType: "channel", tenantId: "t-1" },
  channelData: { team: { id: "19:team@thread.tacv2" } },
};

describe("readTurn", () => {
  it("reads where, who and in which zone", () => {
    const turn = readTurn(activity, "Europe/Brussels");
    expect(turn).toMatchObject({
      conversationId: "19:chan@thread.tacv2",
      conversationKind: "channel",
      tenantId: "t-1",
      teamId: "19:team@thread.tacv2",
      timezone: "Europe/Amsterdam",
      locale: "nl-NL",
    });
    // Until the roster said where the person stands, they are an outsider to the permission model.
    expect(actorOf(turn)).toEqual({
      platform: "teams",
      userId: "aad-1",
      displayName: "Anne",
      workspaceId: "t-1",
      standing: "external",
    });
    expect(actorOf({ ...turn, standing: "member" }).standing).toBe("member");
    expect(readTurn({ ...activity, localTimezone: "Mars/Olympus" }, "Europe/Brussels").timezone).toBe(
      "Europe/Brussels",
    );
  });

  it("accepts only the own tenant when one is configured", () => {
    expect(fromAllowedTenant({ tenantId: "t-1" }, "t-1")).toBe(true);
    expect(fromAllowedTenant({ tenantId: "t-2" }, "t-1")).toBe(false);
    expect(fromAllowedTenant({ tenantId: "" }, "t-1")).toBe(false);
    expect(fromAllowedTenant({ tenantId: "t-2" }, null)).toBe(true);
  });
});
