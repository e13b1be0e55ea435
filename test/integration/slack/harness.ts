// One running Slack app against the fake Slack Web API and a real PostgreSQL database, reachable at
// POST /slack/events with signed requests, as Slack would call it. Time is a settable clock.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createSlackApp, type SlackApp } from "../../../src/adapters/slack/create-slack-app.ts";
import { loadConfig } from "../../../src/config.ts";
import type { StaffRole } from "../../../src/domain/access/roles.ts";
import type { Clock, Language, Mailer } from "../../../src/domain/ports.ts";
import { createLogger, type Logger } from "../../../src/logger.ts";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { postSigned, SIGNING_SECRET, type SlackResponse } from "../../fakes/slack/signed-request.ts";
import {
  asPayload,
  blockSuggestion,
  type FieldInput,
  type Json,
  messageButton,
  slashCommand,
  viewSubmission,
} from "../../fixtures/slack/payloads.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";

export const INCIDENT_CHANNEL = "C0INCIDENTS";
export const REPORTER = { id: "U2147483697", name: "steve" };

export class TestClock implements Clock {
  private current: Date;

  constructor(current: Date) {
    this.current = current;
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** How to sign: by default now, with the right secret; a test may sign stale, wrong or replayed. */
export interface PostOptions {
  retryNum?: number;
  timestamp?: number;
  secret?: string;
  signature?: string;
}

export interface Harness {
  db: TestDatabase;
  slack: FakeSlack;
  clock: TestClock;
  app: SlackApp;
  eventsUrl: string;
  /** Every wait a listener made for a Retry-After: it moves the test clock instead of sleeping. */
  waits: number[];
  /**
   * Posts a signed request. Resolves once the app has finished with it, also the work done after
   * answering Slack; `ackMs` is how long Slack waited for the HTTP answer.
   */
  post(body: string, options?: PostOptions): Promise<SlackResponse & { ackMs: number }>;
  close(): Promise<void>;
}

/** Counts requests still being handled (also after their ack), so tests wait without sleeping. */
export function trackWork(app: SlackApp) {
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  app.app.use(async ({ next }) => {
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
      if (inFlight === 0) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
    }
  });
  return () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
}

export async function startHarness(options: {
  now: string;
  env?: Record<string, string>;
  mailer?: Mailer;
  /** A database of the test's own (e.g. on a server the test stops); default: a fresh test database. */
  db?: TestDatabase;
  /** A logger the test reads (e.g. to check that no personal data reaches a log line). */
  logger?: Logger;
  /**
   * The roles of REPORTER. Default privacy officer: the flows' tests act as the person who may do
   * everything; the permission tests name the roles they need (none: a plain member).
   */
  reporterRoles?: StaffRole[];
}): Promise<Harness> {
  const db = options.db ?? (await createTestDatabase());
  await grantRoles(
    db.prisma,
    { platform: "slack", userId: REPORTER.id, workspaceId: "T0001", displayName: "Steve Peeters" },
    ...(options.reporterRoles ?? ["privacy_officer"]),
  );
  const slack = await new FakeSlack().start();
  slack.memberOf.add(INCIDENT_CHANNEL);
  slack.users.set(REPORTER.id, {
    id: REPORTER.id,
    name: REPORTER.name,
    realName: "Steve Peeters",
    email: "steve.peeters@provider.example",
    phone: "+32 470 12 34 56",
    locale: "nl-BE",
  });
  const clock = new TestClock(new Date(options.now));
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    TIMEZONE: "Europe/Brussels",
    DEFAULT_LANGUAGE: "en",
    ...options.env,
  });
  const web = express();
  const waits: number[] = [];
  const app = createSlackApp({
    sleep: async (ms) => {
      waits.push(ms);
      clock.advance(ms);
    },
    config,
    prisma: db.prisma,
    clock,
    logger: options.logger ?? createLogger("silent"),
    mailer: options.mailer ?? null,
    expressApp: web,
  });
  const idle = trackWork(app);
  await app.start();
  const server: Server = await new Promise((resolve) => {
    const s = web.listen(0, "127.0.0.1", () => resolve(s));
  });
  const eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    db,
    slack,
    clock,
    app,
    eventsUrl,
    waits,
    post: async (body, postOptions) => {
      const started = Date.now();
      const response = await postSigned(eventsUrl, body, postOptions);
      const ackMs = Date.now() - started;
      await idle();
      return { ...response, ackMs };
    },
    close: async () => {
      await app.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await slack.stop();
      await db.drop();
    },
  };
}

export async function seedCustomer(
  h: Pick<Harness, "db">,
  data: {
    key: string;
    name: string;
    language?: Language;
    authority?: "GBA" | "AP";
    contacts?: Array<{ name: string; email: string; phone?: string }>;
  },
) {
  return h.db.prisma.customer.create({
    data: {
      key: data.key,
      name: data.name,
      language: data.language ?? "nl",
      authority: data.authority ?? "GBA",
      contacts: {
        create: (data.contacts ?? []).map((c) => ({ ...c, roles: ["breach" as const] })),
      },
    },
  });
}

/** The view the fake Slack currently shows for this id. */
export function currentView(h: Harness, viewId: string): Json {
  const stored = h.slack.views.get(viewId);
  if (!stored) throw new Error(`no view ${viewId}`);
  return { ...stored.view, id: viewId, hash: stored.hash };
}

/** Runs /datalek and returns the form it shows (opened at once, or replacing the loading view). */
export async function openReportForm(
  h: Harness,
  fields: {
    text?: string;
    channelId?: string;
    channelName?: string;
    user?: { id: string; name: string };
  } = {},
) {
  const response = await h.post(slashCommand({ triggerId: h.slack.issueTrigger(), ...fields }));
  return { response, view: currentView(h, h.slack.lastViewId!) };
}

export function submit(h: Harness, view: Json, inputs: Record<string, FieldInput>, retryNum?: number) {
  return h.post(asPayload(viewSubmission(view, inputs)), { retryNum });
}

export function suggest(h: Harness, view: Json, blockId: string, value: string) {
  return h.post(asPayload(blockSuggestion(view, blockId, value)));
}

/** Clicks a button of the incident message and waits for its dialog. */
export async function clickIncidentButton(
  h: Harness,
  actionId: string,
  incident: { id: string; channelId: string; messageId: string },
) {
  await h.post(
    asPayload(
      messageButton({
        actionId,
        value: incident.id,
        channelId: incident.channelId,
        messageTs: incident.messageId,
        triggerId: h.slack.issueTrigger(),
      }),
    ),
  );
  const viewId = String(h.slack.callsOf("views.update").at(-1)!.args.view_id);
  return currentView(h, viewId);
}

/** All text of a message's blocks, as Slack would receive it (mrkdwn, escaped). */
export function blockText(blocks: unknown): string {
  return JSON.stringify(blocks);
}
