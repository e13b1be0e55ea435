// Slack ingress: signed `/datalek` commands and breach report submissions (each a new incident)
// against the app in HTTP mode (ExpressReceiver on a real port, the fake Slack Web API behind it),
// at 1, 10 and 50 connections, and submissions paced at 50 a second. The baseline, in the same run
// and on the same Node: a bare Bolt app with the same receiver whose listeners only ack(), given the
// same requests. For /datalek also the floor: the bare app that acks and then opens the same form
// with one views.open, the least any app must do for a slash command that opens a dialog. Latency
// is the time until Slack has its HTTP answer (its 3 s ack timeout); rps counts until the work the
// app does after answering (views.open, chat.postMessage) is done too.
//
// This process runs only the two apps (one measured at a time). The fake Slack and the load
// generator are child processes (bench/ingress-protocol.ts), so their CPU does not take turns with
// the app's on its event loop; on this 2-core machine they still share the cores.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { Session } from "node:inspector";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { join } from "node:path";
import { App, ExpressReceiver } from "@slack/bolt";
import express, { type Express } from "express";
import { createSlackApp, SLACK_EVENTS_PATH } from "../src/adapters/slack/create-slack-app.ts";
import { encodeModalState } from "../src/adapters/slack/modal-state.ts";
import { encodedView } from "../src/adapters/slack/web-client.ts";
import { loadConfig } from "../src/config.ts";
import { systemClock } from "../src/domain/ports.ts";
import { buildReportForm, REPORT_FORM_ID } from "../src/forms/breach/report-form.ts";
import { renderForm } from "../src/forms/slack/render-form.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { createLogger } from "../src/logger.ts";
import { BOT_TOKEN } from "../test/fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../test/fakes/slack/signed-request.ts";
import {
  type FakeSlackReady,
  forkReady,
  type LoadCommand,
  type LoadPlan,
  type LoadReport,
  type RequestKind,
  stopChild,
} from "./ingress-protocol.ts";
import type { LoadFigures } from "./load.ts";

export interface IngressFigure {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  baselineP99Ms: number;
  baselineRps: number;
  /** /datalek only: the bare app that also opens the form with one views.open. */
  floorP99Ms?: number;
  floorRps?: number;
  /** Requests measured, and how many were not answered 200 (app, then baseline). */
  requests: number;
  failed: number;
  baselineFailed: number;
  floorFailed?: number;
}

export interface IngressResults {
  command: Record<"c1" | "c10" | "c50", IngressFigure>;
  submission: Partial<Record<"c1" | "c10" | "c50", IngressFigure>> & { r50: IngressFigure };
  /** The machine's 1-minute load average before and after: other work on it slows both apps. */
  loadAverage: { before: number; after: number };
}

/**
 * This process's CPU time (user and system) per request, the app's and the bare app's: printed
 * with the figures, not kept in results.json. The app's includes its Prisma client, not
 * PostgreSQL's own work.
 */
export type CpuPerRequest = Record<string, { appMs: number; bareMs: number; floorMs?: number }>;

export interface IngressRun {
  results: IngressResults;
  cpuMsPerRequest: CpuPerRequest;
}

export interface IngressOptions {
  prisma: PrismaClient;
  /** Requests per closed-loop run, per connection count. */
  requests: Record<1 | 10 | 50, number>;
  pacedSeconds: number;
}

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

async function startDpaBot(prisma: PrismaClient, slackApiUrl: string): Promise<Running> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
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
async function startBareBolt(slackApiUrl: string): Promise<Running> {
  const web = express();
  const receiver = new ExpressReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: SLACK_EVENTS_PATH,
    app: web,
  });
  const app = new App({
    token: BOT_TOKEN,
    receiver,
    clientOptions: { slackApiUrl },
    logLevel: "error" as never,
    deferInitialization: true,
  });
  app.command("/datalek", async ({ ack }) => ack());
  app.view(REPORT_FORM_ID, async ({ ack }) => ack());
  const idle = trackWork(app);
  await app.init();
  return serve(web, idle, async () => {});
}

/**
 * The floor of /datalek: the bare app, whose command listener also builds the same report form
 * (the reporter's contact as the fake Slack knows it, no look-ups) and opens it with one views.open.
 */
async function startFloorBolt(slackApiUrl: string): Promise<Running> {
  const web = express();
  const receiver = new ExpressReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: SLACK_EVENTS_PATH,
    app: web,
  });
  const app = new App({
    token: BOT_TOKEN,
    receiver,
    clientOptions: { slackApiUrl },
    logLevel: "error" as never,
    deferInitialization: true,
  });
  app.command("/datalek", async ({ ack, command, client }) => {
    await ack();
    const form = buildReportForm({
      language: "en",
      mode: "report",
      state: encodeModalState({ l: "en", c: command.channel_id, n: command.channel_name }),
      customers: [],
      discoveredAt: new Date(),
      details: {
        description: command.text.trim() || null,
        contact: { name: "Steve Peeters", email: null, phone: null },
      },
    });
    await client.views.open({ trigger_id: command.trigger_id, view: encodedView(renderForm(form)) });
  });
  app.view(REPORT_FORM_ID, async ({ ack }) => ack());
  const idle = trackWork(app);
  await app.init();
  return serve(web, idle, async () => {});
}

/** Runs one load plan at a time in the load generator's process, and answers its idle questions. */
class LoadGenerator {
  private sequence = 0;
  private readonly runs = new Map<
    number,
    { running: Running; resolve(f: LoadFigures): void; reject(e: Error): void }
  >();

  private readonly child: ChildProcess;

  constructor(child: ChildProcess) {
    this.child = child;
    child.on("message", (message: LoadReport) => {
      if (message.type === "ready") return;
      const run = this.runs.get(message.id);
      if (!run) return;
      if (message.type === "idle") {
        void run.running.idle().then(() => this.send({ type: "idle", id: message.id }));
        return;
      }
      this.runs.delete(message.id);
      if (message.type === "done") run.resolve(message.figures);
      else run.reject(new Error(`load generator: ${message.error}`));
    });
    child.on("exit", (code) => {
      for (const run of this.runs.values()) run.reject(new Error(`load generator exited with ${code}`));
      this.runs.clear();
    });
  }

  run(running: Running, kind: RequestKind, plan: LoadPlan): Promise<LoadFigures> {
    const id = ++this.sequence;
    return new Promise((resolve, reject) => {
      this.runs.set(id, { running, resolve, reject });
      this.send({ type: "run", id, url: running.url.href, kind, plan });
    });
  }

  private send(command: LoadCommand): void {
    this.child.send(command);
  }
}

/**
 * BENCH_INGRESS_PROFILE=<dir>: a V8 CPU profile of this process during each run, written as
 * <dir>/ingress-[bare-]<kind>-<run>.cpuprofile for Chrome DevTools or bench/profile-summary.ts.
 * Sampling costs the app some throughput: figures from a profiled run are not the benchmark's.
 */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_INGRESS_PROFILE;
  if (!dir) return work();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 200 });
  await post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = (await post("Profiler.stop")) as { profile: unknown };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `ingress-${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** CPU milliseconds of this process per request answered during `work`. */
async function withCpu(work: () => Promise<LoadFigures>): Promise<{ figures: LoadFigures; cpuMs: number }> {
  const before = process.cpuUsage();
  const figures = await work();
  const used = process.cpuUsage(before);
  return { figures, cpuMs: (used.user + used.system) / 1000 / Math.max(figures.requests, 1) };
}

async function both(
  cpu: CpuPerRequest,
  generator: LoadGenerator,
  app: Running,
  bare: Running,
  kind: RequestKind,
  plan: LoadPlan,
  floor?: Running,
): Promise<IngressFigure> {
  // The baselines first, so they never run while the app is still finishing its after-ack work.
  const name = `${kind}-${planName(plan)}`;
  const bareRun = await withCpu(() => profiled(`bare-${name}`, () => generator.run(bare, kind, plan)));
  const floorRun = floor
    ? await withCpu(() => profiled(`floor-${name}`, () => generator.run(floor, kind, plan)))
    : undefined;
  const appRun = await withCpu(() => profiled(name, () => generator.run(app, kind, plan)));
  cpu[name] = { appMs: appRun.cpuMs, bareMs: bareRun.cpuMs, floorMs: floorRun?.cpuMs };
  const [baseline, measured] = [bareRun.figures, appRun.figures];
  return {
    p50Ms: measured.p50Ms,
    p99Ms: measured.p99Ms,
    rps: measured.rps,
    baselineP99Ms: baseline.p99Ms,
    baselineRps: baseline.rps,
    ...(floorRun ? { floorP99Ms: floorRun.figures.p99Ms, floorRps: floorRun.figures.rps } : {}),
    requests: measured.requests,
    failed: measured.failed,
    baselineFailed: baseline.failed,
    ...(floorRun ? { floorFailed: floorRun.figures.failed } : {}),
  };
}

const planName = (plan: LoadPlan) => (plan.mode === "closed" ? `c${plan.connections}` : `r${plan.perSecond}`);

export async function runIngressBenchmark(options: IngressOptions): Promise<IngressRun> {
  const slack = await forkReady<FakeSlackReady>("./ingress-fake-slack.ts", []);
  let load: Awaited<ReturnType<typeof forkReady<LoadReport>>> | undefined;
  let app: Running | undefined;
  let bare: Running | undefined;
  let floor: Running | undefined;
  try {
    const customer = await options.prisma.customer.create({
      data: { key: "acme", name: "Acme BV", language: "en", authority: "GBA" },
    });
    app = await startDpaBot(options.prisma, slack.ready.apiUrl);
    bare = await startBareBolt(slack.ready.apiUrl);
    floor = await startFloorBolt(slack.ready.apiUrl);
    load = await forkReady<LoadReport>("./ingress-load.ts", [slack.ready.triggersUrl, customer.id]);
    const generator = new LoadGenerator(load.child);
    const cpu: CpuPerRequest = {};
    const loadBefore = loadavg()[0]!;
    const closed = (connections: number, total: number): LoadPlan => ({ mode: "closed", connections, total });
    // A short warm-up of both (JIT, connection pools, caches), not measured.
    for (let round = 0; round < 3; round++) {
      await both(cpu, generator, app, bare, "command", closed(5, 100), floor);
      await both(cpu, generator, app, bare, "submission", closed(5, 100));
    }
    const run = (kind: RequestKind, c: 1 | 10 | 50) =>
      both(
        cpu,
        generator,
        app!,
        bare!,
        kind,
        closed(c, options.requests[c]),
        kind === "command" ? floor : undefined,
      );
    const command = {
      c1: await run("command", 1),
      c10: await run("command", 10),
      c50: await run("command", 50),
    };
    const submission = {
      c1: await run("submission", 1),
      c10: await run("submission", 10),
      c50: await run("submission", 50),
      r50: await both(cpu, generator, app, bare, "submission", {
        mode: "open",
        perSecond: 50,
        seconds: options.pacedSeconds,
      }),
    };
    const loadAverage = { before: loadBefore, after: loadavg()[0]! };
    // The warm-up's runs are not reported.
    const reported = Object.fromEntries(Object.entries(cpu).filter(([name]) => !name.endsWith("-c5")));
    return { results: { command, submission, loadAverage }, cpuMsPerRequest: reported };
  } finally {
    if (load) await stopChild(load.child);
    await app?.close();
    await bare?.close();
    await floor?.close();
    await stopChild(slack.child);
  }
}

export function formatIngress({ results, cpuMsPerRequest }: IngressRun): string {
  const lines = [
    "Slack ingress: ack latency and throughput vs a bare Bolt app that only acks, and for /datalek",
    "vs the floor (the bare app opening the same form with one views.open), in the same run",
    "run                 p50 ms  p99 ms   req/s  bare p99  bare req/s  ratio  floor req/s  ratio  failed  cpu ms/req (bare, floor)",
  ];
  const row = (kind: string, name: string, f: IngressFigure) => {
    const cpu = cpuMsPerRequest[`${kind}-${name}`];
    return [
      `${kind} ${name}`.padEnd(18),
      f.p50Ms.toFixed(1).padStart(7),
      f.p99Ms.toFixed(1).padStart(7),
      f.rps.toFixed(0).padStart(7),
      f.baselineP99Ms.toFixed(1).padStart(9),
      f.baselineRps.toFixed(0).padStart(11),
      `${(f.rps / f.baselineRps).toFixed(2)}x`.padStart(6),
      (f.floorRps === undefined ? "" : f.floorRps.toFixed(0)).padStart(12),
      (f.floorRps === undefined ? "" : `${(f.rps / f.floorRps).toFixed(2)}x`).padStart(6),
      `${f.failed}/${f.baselineFailed}`.padStart(7),
      cpu
        ? `${cpu.appMs.toFixed(2)} (${cpu.bareMs.toFixed(2)}${cpu.floorMs === undefined ? "" : `, ${cpu.floorMs.toFixed(2)}`})`.padStart(
            24,
          )
        : "",
    ].join(" ");
  };
  for (const [name, f] of Object.entries(results.command)) lines.push(row("command", name, f));
  for (const [name, f] of Object.entries(results.submission)) if (f) lines.push(row("submission", name, f));
  lines.push(
    `load average (1 min) ${results.loadAverage.before.toFixed(1)} before, ${results.loadAverage.after.toFixed(1)} after`,
  );
  return lines.join("\n");
}
