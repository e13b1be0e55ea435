// The app factory picks the receiver from the configuration: Socket Mode with an app-level token,
// HTTP at /slack/events otherwise; without a bot token there is no Slack app to build.
import { SocketModeReceiver } from "@slack/bolt";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../../src/adapters/db/embedded/free-port.ts";
import { createSlackApp } from "../../../src/adapters/slack/create-slack-app.ts";
import { loadConfig } from "../../../src/config.ts";
import { systemClock } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";

let slack: FakeSlack;
let db: TestDatabase;
let prisma: PrismaClient;
const logger = createLogger("silent");

beforeAll(async () => {
  slack = await new FakeSlack().start();
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await slack.stop();
  await db.drop();
});

describe("createSlackApp", () => {
  it("uses Socket Mode when SLACK_APP_TOKEN is set", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-test",
      SLACK_API_URL: slack.url,
    });
    const app = createSlackApp({ config, prisma, clock: systemClock, logger });
    expect((app.app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
  });

  it("serves /slack/events on its own port in HTTP mode without a shared server, verifying signatures", async () => {
    const port = await findFreePort();
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: "secret",
      SLACK_API_URL: slack.url,
      PORT: String(port),
    });
    const app = createSlackApp({ config, prisma, clock: systemClock, logger });
    await app.start();
    try {
      const unsigned = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "command=%2Fdatalek&text=test",
      });
      expect(unsigned.status).toBe(401);
    } finally {
      await app.stop();
    }
  });

  it("stops start-up with a clear message when Slack rejects the bot token", async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: "secret",
      SLACK_API_URL: slack.url,
    });
    slack.failNext("auth.test", { error: "invalid_auth" });
    const app = createSlackApp({ config, prisma, clock: systemClock, logger, expressApp: express() });
    await expect(app.start()).rejects.toThrow(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it("keeps running when Slack cannot be reached at start-up", async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: "secret",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
    });
    const app = createSlackApp({ config, prisma, clock: systemClock, logger, expressApp: express() });
    await expect(app.start()).resolves.toBeUndefined();
    await app.stop();
  });

  it("refuses to build without Slack credentials", () => {
    expect(() => createSlackApp({ config: loadConfig({}), prisma, clock: systemClock, logger })).toThrow(
      /SLACK_BOT_TOKEN/,
    );
  });
});
