// With Azure credentials (not TEAMS_LOCAL) every request to /api/messages must carry a valid Bot
// Framework token: without one, or with one not signed by the Bot Framework, it is refused with
// 401 and nothing is processed, stored or sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { message } from "../../fixtures/teams/activities.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;

beforeAll(async () => {
  h = await startTeamsHarness({
    now: "2026-05-04T08:00:00Z",
    env: {
      TEAMS_LOCAL: "false",
      TEAMS_CLIENT_ID: "6f1f1c1e-0000-4000-8000-00000000b07a",
      TEAMS_CLIENT_SECRET: "not-a-real-secret",
      TEAMS_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    },
  });
});
afterAll(async () => {
  await h?.close();
});

// A well-formed JWT signed with a key the Bot Framework never published.
const forged = [
  { alg: "RS256", typ: "JWT", kid: "not-a-bot-framework-key" },
  {
    iss: "https://api.botframework.com",
    aud: "6f1f1c1e-0000-4000-8000-00000000b07a",
    serviceurl: "http://127.0.0.1/",
    exp: Math.floor(Date.now() / 1000) + 3600,
  },
]
  .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
  .concat("c2lnbmF0dXJl")
  .join(".");

describe("Teams requests outside TEAMS_LOCAL", () => {
  it("refuses a request without a token", async () => {
    const response = await h.post(message("help", h.where));
    expect(response.status).toBe(401);
  });

  it("refuses a request with a token the Bot Framework did not sign", async () => {
    const response = await h.post(message("help", h.where), { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
  });

  it("processed none of them", async () => {
    expect(h.connector.sent).toEqual([]);
    expect(await h.db.prisma.conversationReference.count()).toBe(0);
  });
});
