// Socket Mode end to end at the platform boundary: with SLACK_APP_TOKEN the app opens a connection
// through apps.connections.open (app-level token) on the fake Slack, waits for `hello`, and then
// receives /datalek and the report submission as envelopes over the WebSocket, acking each within
// Slack's 3 s. The incident lands in PostgreSQL once, also when Slack delivers the submission again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackApp, type SlackApp } from "../../../src/adapters/slack/create-slack-app.ts";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { ACK_DEADLINE_MS, FakeSocketMode } from "../../fakes/slack/fake-socket-mode.ts";
import { type Json, slashCommandFields, viewSubmission } from "../../fixtures/slack/payloads.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { INCIDENT_CHANNEL, REPORTER, seedCustomer, TestClock, trackWork } from "./harness.ts";

let db: TestDatabase;
let slack: FakeSlack;
let socket: FakeSocketMode;
let app: SlackApp;
let idle: () => Promise<void>;
let acme: { id: string };

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await new FakeSlack().start();
  socket = await new FakeSocketMode(slack).start();
  slack.memberOf.add(INCIDENT_CHANNEL);
  slack.users.set(REPORTER.id, {
    id: REPORTER.id,
    name: REPORTER.name,
    realName: "Steve Peeters",
    email: "steve.peeters@provider.example",
    locale: "nl-BE",
  });
  acme = await seedCustomer({ db }, { key: "acme", name: "Acme BV" });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: slack.url,
    TIMEZONE: "Europe/Brussels",
    DEFAULT_LANGUAGE: "en",
  });
  app = createSlackApp({
    config,
    prisma: db.prisma,
    clock: new TestClock(new Date("2026-05-04T08:00:00Z")),
    logger: createLogger("silent"),
  });
  idle = trackWork(app);
});

afterAll(async () => {
  await app?.stop();
  await socket?.stop();
  await slack?.stop();
  await db?.drop();
});

describe("Socket Mode", () => {
  let view: Json;
  let submission: Json;

  it("connects with the app-level token and starts once Slack said hello", async () => {
    await app.start();
    expect(socket.openConnections).toBe(1);
    expect(slack.callsOf("apps.connections.open")).toHaveLength(1);
    // The bot token is checked first. The fake answers apps.connections.open only for the app-level
    // token and every other method only for the bot token, so each client used its own.
    const methods = slack.calls.map((c) => c.method);
    expect(methods.indexOf("auth.test")).toBe(0);
    expect(methods.indexOf("apps.connections.open")).toBeGreaterThan(0);
    expect(slack.violations).toEqual([]);
  });

  it("acks a /datalek envelope at once and opens the form with its trigger", async () => {
    const triggerId = slack.issueTrigger();
    const command = socket.sendSlashCommand(
      slashCommandFields({ triggerId, text: "Laptop gestolen", channelId: INCIDENT_CHANNEL }),
    );
    const ack = await command.acked;
    expect(ack.ms).toBeLessThan(ACK_DEADLINE_MS);
    expect(ack.payload ?? {}).toEqual({});

    const [opened] = await slack.waitForCalls("views.open", 1);
    expect(opened!.args.trigger_id).toBe(triggerId);
    await idle();
    // The fake refuses a trigger older than 3 s: the form shown (opened at once, or replacing the
    // loading view) shows that the trigger was still alive.
    const viewId = slack.lastViewId!;
    const stored = slack.views.get(viewId)!;
    view = { ...stored.view, id: viewId, hash: stored.hash };
    expect(JSON.stringify(view.blocks)).toContain("Laptop gestolen");
    expect(JSON.stringify(view.blocks)).toContain("Steve Peeters");
  });

  it("stores a submitted report once and posts it in the channel", async () => {
    submission = viewSubmission(view, {
      customers: [{ value: acme.id, text: "Acme BV (acme)" }],
      discoveredAt: new Date("2026-05-04T07:00:00Z"),
      nature: ["confidentiality"],
    });
    const sent = socket.sendInteractive(submission);
    const ack = await sent.acked;
    expect(ack.ms).toBeLessThan(ACK_DEADLINE_MS);
    // An empty response payload closes the modal, as an empty 200 does over HTTP.
    expect(ack.payload ?? {}).toEqual({});

    const [posted] = await slack.waitForCalls("chat.postMessage", 1);
    await idle();
    expect(posted!.args.channel).toBe(INCIDENT_CHANNEL);
    const incident = await db.prisma.incident.findFirstOrThrow();
    expect(incident.reference).toBe("DL-2026-0001");
    expect(incident.channelId).toBe(INCIDENT_CHANNEL);
    expect(incident.messageId).toBe([...slack.messages.values()][0]!.ts);
    expect(JSON.stringify(posted!.args.blocks)).toContain("DL-2026-0001");

    // Slack delivers the same envelope again: acked, and nothing new.
    const again = socket.send(sent.envelope);
    expect((await again.acked).payload ?? {}).toEqual({});
    await idle();
    // And the same submission in a new envelope (a second delivery, a double click).
    const double = socket.sendInteractive(submission);
    expect((await double.acked).payload ?? {}).toEqual({});
    await idle();

    expect(await db.prisma.incident.count()).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "incident.reported" } })).toBe(1);
    expect(slack.callsOf("chat.postMessage")).toHaveLength(1);
    expect(socket.acks.map((a) => a.envelope_id)).toEqual([
      expect.any(String),
      sent.envelope.envelope_id,
      sent.envelope.envelope_id,
      double.envelope.envelope_id,
    ]);
    expect(socket.problems).toEqual([]);
    expect(slack.violations).toEqual([]);
  });

  it("opens a new connection when Slack refreshes it, also when apps.connections.open fails meanwhile", async () => {
    // Two failures: more than the listeners' Web API client retries.
    slack.failNext("apps.connections.open", { status: 500 });
    slack.failNext("apps.connections.open", { status: 500 });
    socket.requestDisconnect("refresh_requested");
    await socket.disconnected();
    // The client waits 5 s before it re-opens, then backs off between failed attempts.
    await socket.connected(15_000);
    expect(slack.callsOf("apps.connections.open")).toHaveLength(4);
    expect(socket.openConnections).toBe(1);

    const command = socket.sendSlashCommand(
      slashCommandFields({ triggerId: slack.issueTrigger(), channelId: INCIDENT_CHANNEL }),
    );
    expect((await command.acked).ms).toBeLessThan(ACK_DEADLINE_MS);
    await slack.waitForCalls("views.open", 2);
    await idle();
    expect(JSON.stringify(slack.views.get(slack.lastViewId!)!.view)).toContain("customers");
  }, 30_000);

  it("stop() closes the connection with a close handshake", async () => {
    // Bolt's stop() resolves once the close frame is sent; the fake sees the handshake complete.
    await app.stop();
    await socket.disconnected();
    expect(socket.closeCodes).toEqual([1000, 1000]);
    expect(socket.openConnections).toBe(0);
    expect(socket.problems).toEqual([]);
  });
});

describe("Socket Mode when Slack cannot be reached at start-up", () => {
  it("keeps running and connects once auth.test succeeds", async () => {
    const opened = slack.callsOf("apps.connections.open").length;
    // Both attempts of the first auth.test fail; the retry 2 s later succeeds.
    slack.failNext("auth.test", { status: 503 });
    slack.failNext("auth.test", { status: 503 });
    const late = createSlackApp({
      config: loadConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: slack.url,
      }),
      prisma: db.prisma,
      clock: new TestClock(new Date("2026-05-04T08:00:00Z")),
      logger: createLogger("silent"),
    });
    try {
      await expect(late.start()).resolves.toBeUndefined();
      await socket.connected(10_000);
      expect(slack.callsOf("apps.connections.open")).toHaveLength(opened + 1);
    } finally {
      await late.stop();
    }
    await socket.disconnected();
  }, 20_000);
});
