// The real composition root (src/main.ts) with Slack (HTTP mode) and Teams (TEAMS_LOCAL) in one
// process on one port: Teams answers at POST /api/messages through the activity's service URL,
// Slack keeps verifying signatures at /slack/events. TEAMS_LOCAL is refused in production.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../../fakes/slack/signed-request.ts";
import { cardsOf, FakeConnector } from "../../fakes/teams/fake-connector.ts";
import { message, PERSONAL } from "../../fixtures/teams/activities.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(DATABASE_URL|SLACK_|TEAMS_|SMTP_|MAIL_|NODE_ENV)/.test(key),
    ),
  );
  const child: ChildProcess = spawn(process.execPath, [tsx, join(root, "src", "main.ts")], {
    cwd: tmpdir(),
    env: { ...clean, ...env, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

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
    const running = start({
      DATABASE_URL: db.url,
      PORT: String(port),
      DEFAULT_LANGUAGE: "en",
      TEAMS_LOCAL: "true",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
    });
    try {
      // Bounded by attempts, not by wall time.
      let ready = false;
      for (let attempt = 0; attempt < 600 && !ready; attempt++) {
        if (running.child.exitCode !== null) throw new Error(`server exited:\n${running.output.join("")}`);
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ready).toBe(true);

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
    const running = start({ DATABASE_URL: db.url, PORT: "0", TEAMS_LOCAL: "true", NODE_ENV: "production" });
    expect(await running.exited).toBe(1);
    expect(running.output.join("")).toMatch(/TEAMS_LOCAL: refused when NODE_ENV=production/);
  });
});
