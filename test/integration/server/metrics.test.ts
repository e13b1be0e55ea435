// GET /metrics through HTTP, on the one express app with Slack mounted in HTTP mode: requests by
// route and status, Slack's ack latency, reminders and scheduler ticks from a real scheduler run,
// open clocks counted in PostgreSQL (cached between scrapes), e-mails sent and failed. Each app
// has its own registry: nothing leaks from one to another.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOpenClocks } from "../../../src/adapters/db/repositories/open-clock-counts.ts";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { createMetrics, type Metrics } from "../../../src/adapters/metrics/metrics.ts";
import {
  createSlackApp,
  SLACK_EVENTS_PATH,
  type SlackApp,
} from "../../../src/adapters/slack/create-slack-app.ts";
import { loadConfig } from "../../../src/config.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { startScheduler } from "../../../src/scheduler/start-scheduler.ts";
import { createHttpApp } from "../../../src/server/http-app.ts";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { postSigned, SIGNING_SECRET } from "../../fakes/slack/signed-request.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { slashCommand } from "../../fixtures/slack/payloads.ts";
import { useTestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createCustomer,
  createIncident,
  DIGEST_CHANNEL,
  engineDeps,
  ManualClock,
} from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

let fakeSlack: FakeSlack;
let slack: SlackApp;
let server: Server;
let base: string;
let metrics: Metrics;
let scrapeTime = 1_000_000;

beforeAll(async () => {
  await clearAll(prisma);
  fakeSlack = await new FakeSlack().start();
  metrics = createMetrics({
    countOpenClocks: () => countOpenClocks(prisma, new Date("2026-03-29T08:00:00Z")),
    cacheMs: 10_000,
    slackPath: SLACK_EVENTS_PATH,
    now: () => scrapeTime,
  });
  const web = createHttpApp(prisma, { metrics, mountedPaths: [SLACK_EVENTS_PATH] });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fakeSlack.url,
    DEFAULT_LANGUAGE: "en",
  });
  slack = createSlackApp({
    config,
    prisma,
    clock: { now: () => new Date() },
    logger: createLogger("silent"),
    expressApp: web,
  });
  await slack.start();
  server = await new Promise((resolve) => {
    const s = web.listen(0, "127.0.0.1", () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await slack?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await fakeSlack?.stop();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

/** The value of one sample, e.g. `dpa_http_requests_total{route="/healthz",method="GET",status="200"}`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const wanted = Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`));
    if (wanted) return Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return undefined;
}

describe("GET /metrics", () => {
  it("counts HTTP requests by route and status, never by raw URL", async () => {
    await fetch(`${base}/healthz`);
    await fetch(`${base}/healthz`);
    await fetch(`${base}/no/such/page?x=1`);
    const text = await scrape();
    expect(sample(text, "dpa_http_requests_total", { route: "/healthz", method: "GET", status: "200" })).toBe(
      2,
    );
    expect(sample(text, "dpa_http_requests_total", { route: "unmatched", status: "404" })).toBe(1);
    expect(text).not.toContain("/no/such/page");
    expect(text).toContain("# TYPE dpa_http_request_duration_seconds histogram");
  });

  it("measures Slack's ack latency on /slack/events, and counts a refused signature as a 401", async () => {
    const body = slashCommand({ triggerId: fakeSlack.issueTrigger(), channelId: "C1" });
    expect((await postSigned(`${base}${SLACK_EVENTS_PATH}`, body)).status).toBe(200);
    expect((await postSigned(`${base}${SLACK_EVENTS_PATH}`, body, { secret: "wrong" })).status).toBe(401);
    const text = await scrape();
    expect(sample(text, "dpa_slack_ack_duration_seconds_count", { status: "200" })).toBe(1);
    expect(sample(text, "dpa_slack_ack_duration_seconds_bucket", { status: "200", le: "+Inf" })).toBe(1);
    expect(sample(text, "dpa_http_requests_total", { route: SLACK_EVENTS_PATH, status: "401" })).toBe(1);
  });

  it("counts open clocks by kind in the database, at most once per cache period", async () => {
    const acme = await createCustomer(prisma, { name: "Acme" });
    await createIncident(prisma, {
      discoveredAt: new Date("2026-03-28T09:00:00Z"),
      reportedAt: new Date("2026-03-28T23:00:00Z"),
      customerIds: [acme.id],
    });
    scrapeTime += 60_000;
    const first = await scrape();
    expect(sample(first, "dpa_open_clocks", { kind: "breach.notify" })).toBe(1);
    expect(sample(first, "dpa_open_clocks", { kind: "breach.authority" })).toBe(1);
    expect(sample(first, "dpa_open_clocks", { kind: "review" })).toBe(1);

    const globex = await createCustomer(prisma, { name: "Globex" });
    await createIncident(prisma, {
      discoveredAt: new Date("2026-03-28T10:00:00Z"),
      reportedAt: new Date("2026-03-28T23:00:00Z"),
      customerIds: [globex.id],
    });
    scrapeTime += 5_000;
    expect(sample(await scrape(), "dpa_open_clocks", { kind: "breach.notify" })).toBe(1);
    scrapeTime += 5_000;
    expect(sample(await scrape(), "dpa_open_clocks", { kind: "breach.notify" })).toBe(2);
  });

  it("counts the scheduler's ticks and the reminders they sent", async () => {
    const initech = await createCustomer(prisma, { name: "Initech" });
    await createIncident(prisma, {
      discoveredAt: new Date("2026-03-28T09:00:00Z"),
      reportedAt: new Date("2026-03-28T23:00:00Z"),
      customerIds: [initech.id],
    });
    const clock = new ManualClock("2026-03-29T08:00:05Z");
    const { deps, chat } = engineDeps(prisma, clock, { instanceId: "metrics-test" });
    const running = startScheduler({ ...deps, metrics });
    await running.whenIdle();
    await running.stop();
    // The digest is posted too, but it is not a reminder.
    const sent = chat.posts.filter((post) => post.target.channelId !== DIGEST_CHANNEL).length;
    expect(sent).toBeGreaterThan(0);
    const text = await scrape();
    expect(sample(text, "dpa_scheduler_tick_duration_seconds_count")).toBe(1);
    expect(sample(text, "dpa_reminders_total", { outcome: "sent" })).toBe(sent);
    expect(sample(text, "dpa_reminders_total", { outcome: "failed" })).toBe(0);
    expect(sample(text, "dpa_reminders_total", { outcome: "superseded" })).toBeGreaterThan(0);
  });

  it("counts e-mails sent and failed", async () => {
    const smtp = await new FakeSmtp().start();
    const good = metrics.countingMailer(
      createSmtpMailer({ smtpUrl: smtp.url, from: "dpo@provider.example" }),
    );
    const down = metrics.countingMailer(
      createSmtpMailer({ smtpUrl: "smtp://127.0.0.1:1", from: "dpo@provider.example" }),
    );
    try {
      await good.send({ to: ["jan@acme.example"], subject: "s", text: "t" });
      await expect(down.send({ to: ["jan@acme.example"], subject: "s", text: "t" })).rejects.toThrow();
    } finally {
      good.close();
      down.close();
      await smtp.stop();
    }
    const text = await scrape();
    expect(sample(text, "dpa_emails_total", { outcome: "sent" })).toBe(1);
    expect(sample(text, "dpa_emails_total", { outcome: "failed" })).toBe(1);
  });

  it("keeps each app's figures in its own registry", async () => {
    const other = createMetrics();
    const text = (await other.render()).text;
    expect(sample(text, "dpa_http_requests_total", { route: "/healthz" })).toBeUndefined();
    expect(sample(text, "dpa_emails_total", { outcome: "sent" })).toBe(0);
  });
});
