// The real composition root (src/main.ts) with Slack (HTTP mode) and Teams (TEAMS_LOCAL) in one
// process on one port: Teams answers at POST /api/messages through the activity's service URL,
// Slack keeps verifying signatures at /slack/events. TEAMS_LOCAL is refused in production and
// beside Azure credentials.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../../fakes/slack/signed-request.ts";
import { cardsOf, FakeConnector } from "../../fakes/teams/fake-connector.ts";
import { message, PERSONAL } from "../../fixtures/teams/activities.ts";
import { freePort, startApp, waitForReady } from "../../support/app-process.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";

let db: TestDatabase;
let slack: FakeSlack;
let connector: FakeConnector;

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await new FakeSlack().start();
  connector = await new FakeConnector().start();
});
afterAll(async () => {
  await connector?.stop();
  await slack?.stop();
  await db?.drop();
});

describe("Slack and Teams in one process", () => {
  it("answers Teams at /api/messages and Slack at /slack/events on the same port", async () => {
    const port = await freePort();
    const running = startApp({
      DATABASE_URL: db.url,
      PORT: String(port),
      DEFAULT_LANGUAGE: "en",
      TEAMS_LOCAL: "true",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
    });
    try {
      await waitForReady(port, running);

      const teams = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(message("help", { serviceUrl: connector.url, conversation: "personal" })),
      });
      expect(teams.status).toBe(200);
      expect(connector.sent.map((s) => s.conversationId)).toEqual([PERSONAL]);
      expect(JSON.stringify(cardsOf(connector.sent[0]!.activity))).toContain("What I can do");

      const unsigned = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "command=%2Fdatalek",
      });
      expect(unsigned.status).toBe(401);
      expect(running.output.join("")).toMatch(/TEAMS_LOCAL=true: \/api\/messages accepts requests WITHOUT/);
    } finally {
      running.child.kill("SIGTERM");
      expect(await running.exited).toBe(0);
    }
  });

  it("refuses to start with TEAMS_LOCAL in production", async () => {
    const running = startApp({
      DATABASE_URL: db.url,
      PORT: "0",
      TEAMS_LOCAL: "true",
      NODE_ENV: "production",
    });
    expect(await running.exited).toBe(1);
    expect(running.output.join("")).toMatch(/TEAMS_LOCAL: refused when NODE_ENV=production/);
  });

  it("refuses to start with TEAMS_LOCAL beside an Azure registration, naming its variables only", async () => {
    const running = startApp({
      DATABASE_URL: db.url,
      PORT: "0",
      TEAMS_LOCAL: "true",
      TEAMS_CLIENT_ID: "6f1f1c1e-0000-4000-8000-00000000b07a",
      TEAMS_CLIENT_SECRET: "not-a-real-secret",
      TEAMS_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    });
    expect(await running.exited).toBe(1);
    const output = running.output.join("");
    expect(output).toMatch(
      /TEAMS_LOCAL: refused together with TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID/,
    );
    expect(output).not.toContain("not-a-real-secret");
  });
});
