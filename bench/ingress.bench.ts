// Slack ingress: signed `/datalek` commands and breach report submissions (each a new incident)
// against the app in HTTP mode (ExpressReceiver on a real port, the fake Slack Web API behind it),
// at 1, 10 and 50 connections, and submissions paced at 50 a second. The baseline, in the same run
// and on the same Node: a bare Bolt app with the same receiver whose listeners only ack(), given the
// same requests. Latency is the time until Slack has its HTTP answer (its 3 s ack timeout); rps
// counts until the work the app does after answering (views.open, chat.postMessage) is done too.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { App, ExpressReceiver } from "@slack/bolt";
import express, { type Express } from "express";
import { createSlackApp, SLACK_EVENTS_PATH } from "../src/adapters/slack/create-slack-app.ts";
import { encodeModalState } from "../src/adapters/slack/modal-state.ts";
import { loadConfig } from "../src/config.ts";
import { systemClock } from "../src/domain/ports.ts";
import { buildReportForm, REPORT_FORM_ID } from "../src/forms/breach/report-form.ts";
import { renderForm } from "../src/forms/slack/render-form.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { createLogger } from "../src/logger.ts";
import { BOT_TOKEN, FakeSlack } from "../test/fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../test/fakes/slack/signed-request.ts";
import { slashCommand, viewSubmission } from "../test/fixtures/slack/payloads.ts";
import { closedLoop, type LoadFigures, type LoadTarget, openLoop } from "./load.ts";

export interface IngressFigure {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  baselineP99Ms: number;
  baselineRps: number;
  /** Requests measured, and how many were not answered 200 (app, then baseline). */
  requests: number;
  failed: number;
  baselineFailed: number;
}

export interface IngressResults {
  command: Record<"c1" | "c10" | "c50", IngressFigure>;
  submission: Partial<Record<"c1" | "c10" | "c50", IngressFigure>> & { r50: IngressFigure };
  /** The machine's 1-minute load average before and after: other work on it slows both apps. */
  loadAverage: { before: number; after: number };
}

export interface IngressOptions {
  prisma: PrismaClient;
  /** Requests per closed-loop run, per connection count. */
  requests: Record<1 | 10 | 50, number>;
  pacedSeconds: number;
}

const CHANNEL = "C0INCIDENTS";
const USER = { id: "U2147483697", name: "steve" };

interface Running {
  url: URL;
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Counts listeners still running, also after their ack, so a run ends when the work is done. */
function trackWork(app: App): () => Promise<void> {
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  app.use(async ({ next }) => {
    inFlight++;
    try {
      await next();
    } finally {
      if (--inFlight === 0) for (const resolve of waiters.splice(0)) resolve();
    }
  });
  return () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
}

async function serve(web: Express, idle: () => Promise<void>, stop: () => Promise<void>): Promise<Running> {
  const server: Server = await new Promise((resolve) => {
    const s = web.listen(0, "127.0.0.1", () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: new URL(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`),
    idle,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
    },
  };
}

async function startDpaBot(prisma: PrismaClient, slack: FakeSlack): Promise<Running> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    TIMEZONE: "Europe/Brussels",
    DEFAULT_LANGUAGE: "en",
    LOG_LEVEL: "silent",
  });
  const web = express();
  const app = createSlackApp({
    config,
    prisma,
    clock: systemClock,
    logger: createLogger("silent"),
    expressApp: web,
  });
  const idle = trackWork(app.app);
  await app.start();
  return serve(web, idle, () => app.stop());
}

/** The baseline: Bolt, the same receiver and body parsing and signature check, listeners that only ack. */
async function startBareBolt(slack: FakeSlack): Promise<Running> {
  const web = express();
  const receiver = new ExpressReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: SLACK_EVENTS_PATH,
    app: web,
  });
  const app = new App({
    token: BOT_TOKEN,
    receiver,
    clientOptions: { slackApiUrl: slack.url },
    logLevel: "error" as never,
    deferInitialization: true,
  });
  app.command("/datalek", async ({ ack }) => ack());
  app.view(REPORT_FORM_ID, async ({ ack }) => ack());
  const idle = trackWork(app);
  await app.init();
  return serve(web, idle, async () => {});
}

/** A slash command with a fresh trigger id each time (the fake Slack accepts each once, for 3 s). */
function commandBodies(slack: FakeSlack): (i: number) => string {
  const template = slashCommand({ triggerId: "TRIGGER_ID", channelId: CHANNEL, text: "Laptop gestolen" });
  return () => template.replace("TRIGGER_ID", encodeURIComponent(slack.issueTrigger()));
}

/** A valid report for one customer; every body has its own view id, so each is a new incident. */
function submissionBodies(customerId: string): (i: number) => string {
  const form = buildReportForm({
    language: "en",
    mode: "report",
    state: encodeModalState({ l: "en", c: CHANNEL, n: "incidents" }),
    customers: [],
    discoveredAt: new Date(),
    details: {
      description: "Laptop stolen from a car",
      contact: { name: "Steve", email: null, phone: null },
    },
  });
  const view = { ...renderForm(form), id: "VIEWID0000", hash: "1.abc" };
  const payload = viewSubmission(view, {
    customers: [{ value: customerId, text: "Acme BV (acme)" }],
    discoveredAt: new Date(Date.now() - 3_600_000),
    nature: ["confidentiality"],
    records: "100-200",
    subjects: "~150",
  });
  const template = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const run = Date.now().toString(36).toUpperCase();
  return (i) => template.replaceAll("VIEWID0000", `V${run}${i}`);
}

async function both(
  app: Running,
  bare: Running,
  body: (i: number) => string,
  load: (target: LoadTarget) => Promise<LoadFigures>,
): Promise<IngressFigure> {
  const target = (running: Running): LoadTarget => ({
    url: running.url,
    secret: SIGNING_SECRET,
    body,
    idle: running.idle,
  });
  // The baseline first, so it never runs while the app is still finishing its after-ack work.
  const baseline = await load(target(bare));
  const measured = await load(target(app));
  return {
    p50Ms: measured.p50Ms,
    p99Ms: measured.p99Ms,
    rps: measured.rps,
    baselineP99Ms: baseline.p99Ms,
    baselineRps: baseline.rps,
    requests: measured.requests,
    failed: measured.failed,
    baselineFailed: baseline.failed,
  };
}

export async function runIngressBenchmark(options: IngressOptions): Promise<IngressResults> {
  const slack = await new FakeSlack().start();
  slack.memberOf.add(CHANNEL);
  slack.users.set(USER.id, { ...USER, realName: "Steve Peeters", locale: "en-GB" });
  const customer = await options.prisma.customer.create({
    data: { key: "acme", name: "Acme BV", language: "en", authority: "GBA" },
  });
  const app = await startDpaBot(options.prisma, slack);
  const bare = await startBareBolt(slack);
  const loadBefore = loadavg()[0]!;
  try {
    const commands = commandBodies(slack);
    const submissions = submissionBodies(customer.id);
    // A short warm-up of both (JIT, connection pools, caches), not measured.
    await both(app, bare, commands, (t) => closedLoop(t, 5, 50));
    await both(app, bare, submissions, (t) => closedLoop(t, 5, 50));
    const run = async (body: (i: number) => string, c: 1 | 10 | 50) =>
      both(app, bare, body, (t) => closedLoop(t, c, options.requests[c]));
    const command = {
      c1: await run(commands, 1),
      c10: await run(commands, 10),
      c50: await run(commands, 50),
    };
    const submission = {
      c1: await run(submissions, 1),
      c10: await run(submissions, 10),
      c50: await run(submissions, 50),
      r50: await both(app, bare, submissions, (t) => openLoop(t, 50, options.pacedSeconds)),
    };
    return { command, submission, loadAverage: { before: loadBefore, after: loadavg()[0]! } };
  } finally {
    await app.close();
    await bare.close();
    await slack.stop();
  }
}

export function formatIngress(results: IngressResults): string {
  const lines = [
    "Slack ingress: ack latency and throughput vs a bare Bolt app that only acks (same run)",
    "run                 p50 ms  p99 ms   req/s  bare p99  bare req/s  ratio  failed",
  ];
  const row = (name: string, f: IngressFigure) =>
    [
      name.padEnd(18),
      f.p50Ms.toFixed(1).padStart(7),
      f.p99Ms.toFixed(1).padStart(7),
      f.rps.toFixed(0).padStart(7),
      f.baselineP99Ms.toFixed(1).padStart(9),
      f.baselineRps.toFixed(0).padStart(11),
      `${(f.rps / f.baselineRps).toFixed(2)}x`.padStart(6),
      `${f.failed}/${f.baselineFailed}`.padStart(7),
    ].join(" ");
  for (const [name, f] of Object.entries(results.command)) lines.push(row(`command ${name}`, f));
  for (const [name, f] of Object.entries(results.submission)) if (f) lines.push(row(`submission ${name}`, f));
  lines.push(
    `load average (1 min) ${results.loadAverage.before.toFixed(1)} before, ${results.loadAverage.after.toFixed(1)} after`,
  );
  return lines.join("\n");
}
