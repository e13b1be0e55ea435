// The Slack app: Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP with every command,
// interaction and options request at POST /slack/events (signatures verified with the signing
// secret), mounted on the process's one express app so it shares PORT with /healthz.

import { App, ExpressReceiver, type LogLevel } from "@slack/bolt";
import type { Express } from "express";
import type { Config, SlackConfig } from "../../config.ts";
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import { type RefreshOutcome, refreshIncidentMessage } from "../../domain/breach/refresh-incident-message.ts";
import type { DsrDeps } from "../../domain/dsr/dsr-deps.ts";
import type { ChatPort, Clock, Mailer } from "../../domain/ports.ts";
import type { SubprocessorDeps } from "../../domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import type { Sleep } from "../../scheduler/channel-pacer.ts";
import { type ChatDirectory, routeChat } from "../chat/platform-chat.ts";
import type { UnpostedIncident } from "../db/repositories/incident-queries.ts";
import { createBreachDeps } from "../deps/breach-deps.ts";
import { createDsrDeps } from "../deps/dsr-deps.ts";
import { createSubprocessorDeps } from "../deps/subprocessor-deps.ts";
import { arrivalProperties, stampArrival } from "./arrival.ts";
import { registerDialogSubmissions } from "./breach/dialog-submissions.ts";
import { registerIncidentButtons } from "./breach/incident-buttons.ts";
import { registerNotificationSubmission } from "./breach/notification-submission.ts";
import { publishUnpostedIncident } from "./breach/publish-unposted.ts";
import { registerReportCommand } from "./breach/report-command.ts";
import { registerReportSubmission } from "./breach/report-submission.ts";
import { registerCustomerTypeAhead } from "./customer-type-ahead.ts";
import { registerRequestDialogSubmissions } from "./dsr/dialog-submissions.ts";
import { publishUnpostedRequests } from "./dsr/publish-unposted.ts";
import { registerRequestButtons } from "./dsr/request-buttons.ts";
import { registerRequestCommand } from "./dsr/request-command.ts";
import { registerRequestSubmission } from "./dsr/request-submission.ts";
import { registerDigestCommand } from "./listeners/digest-command.ts";
import { SlackPeople } from "./people.ts";
import { createSlackChat } from "./slack-chat.ts";
import { registerApprovalButtons } from "./subprocessor/approval-buttons.ts";
import { registerCountryOptions } from "./subprocessor/country-options.ts";
import { registerDecisionSubmissions } from "./subprocessor/decision-submission.ts";
import { registerProposalCommand } from "./subprocessor/proposal-command.ts";
import { registerProposalSubmission } from "./subprocessor/proposal-submission.ts";
import { registerWithdrawButton } from "./subprocessor/withdraw-button.ts";
import {
  createDeliveryClient,
  interactiveClientOptions,
  slackLogger,
  socketModeClientOptions,
} from "./web-client.ts";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackAppOptions {
  config: Config;
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  /** Absent or null: notifications are shown to copy and recorded by hand. */
  mailer?: Mailer | null;
  /** HTTP mode: the express app that serves PORT; /slack/events is mounted on it. */
  expressApp?: Express;
  /** The process's chats of every platform; Slack's joins it. */
  chats?: ChatDirectory;
  /** Waits out a short Retry-After in a listener (default: a timer; tests move their clock). */
  sleep?: Sleep;
}

export interface SlackApp {
  app: App;
  /** Posting for other features (reminders, digest): no hidden retries; 429 -> ChatDeliveryError. */
  chat: ChatPort;
  breach: BreachDeps;
  /** Data-subject requests (art. 8 DPA), e.g. for the scheduler's forward retries. */
  dsr: DsrDeps;
  /** Posts requests whose first post failed, for the scheduler; how many it posted. */
  publishUnpostedRequests(): Promise<number>;
  /** Sub-processor proposals and decisions (art. 9 DPA), also for the decision page. */
  subprocessor: SubprocessorDeps;
  /** Re-renders an incident's message in place, e.g. after a reminder. */
  refreshIncidentMessage(incidentId: string): Promise<RefreshOutcome>;
  /** Posts an incident whose first post failed, for the scheduler; false when it is not ours to post. */
  publishUnpostedIncident(incident: UnpostedIncident): Promise<boolean>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, logger } = options;
  const slack = enabledSlack(config.slack);
  const boltLogger = slackLogger(logger);
  const clientOptions = interactiveClientOptions(slack.apiUrl, logger);

  // Ahead of the receiver's own routes: the /datalek budget counts from here (arrival.ts).
  if (slack.mode === "http") options.expressApp?.use(SLACK_EVENTS_PATH, stampArrival);
  const receiver =
    slack.mode === "http"
      ? new ExpressReceiver({
          signingSecret: slack.signingSecret!,
          endpoints: SLACK_EVENTS_PATH,
          logger: boltLogger,
          customPropertiesExtractor: arrivalProperties,
          ...(options.expressApp ? { app: options.expressApp } : {}),
        })
      : undefined;
  const app = new App({
    token: slack.botToken,
    logger: boltLogger,
    logLevel: "info" as LogLevel,
    clientOptions,
    // auth.test runs in start(), where a Slack outage at boot is retried instead of leaving a
    // rejected promise behind that would take the process down.
    deferInitialization: true,
    ...(receiver
      ? { receiver }
      : {
          socketMode: true,
          appToken: slack.appToken,
          // Its own client for apps.connections.open, which opens the WebSocket again after Slack
          // refreshes or drops it: with the listeners' one quick retry, a re-open that failed twice
          // rejected unhandled and the bot stayed offline.
          installerOptions: { clientOptions: socketModeClientOptions(slack.apiUrl, logger) },
        }),
  });
  app.error(async (error) => {
    logger.error({ err: error }, "slack listener failed");
  });

  const ownChat = createSlackChat(createDeliveryClient(slack.botToken, slack.apiUrl, logger), {
    sleep: options.sleep,
  });
  const chats = options.chats ?? {};
  chats.slack = ownChat;
  // The use cases reach every platform: an approval decided here also updates its Teams card.
  const chat = routeChat(chats);
  const breach = createBreachDeps({
    prisma: options.prisma,
    chat,
    clock: options.clock,
    mailer: options.mailer ?? null,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    logger,
  });
  const people = new SlackPeople(app.client, options.prisma, options.clock, config.defaultLanguage);
  const sleep = options.sleep;
  const ctx = { deps: breach, people, logger, incidentChannel: slack.incidentChannel, sleep };
  registerReportCommand(app, ctx);
  registerReportSubmission(app, ctx);
  const typeAhead = { customers: breach.customers, access: breach.access, people, logger };
  registerCustomerTypeAhead(app, "customers", typeAhead);
  registerIncidentButtons(app, ctx);
  registerDialogSubmissions(app, ctx);
  registerNotificationSubmission(app, ctx);
  const dsr = createDsrDeps({
    prisma: options.prisma,
    chat,
    clock: options.clock,
    mailer: options.mailer ?? null,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    hourlyRateCents: config.requests.hourlyRateCents,
    logger,
    // The chat routes to Teams too when it is connected: forwards reach contacts there as well.
    chatPlatforms: config.teams.enabled ? ["slack", "teams"] : ["slack"],
  });
  const dsrCtx = {
    deps: dsr,
    people,
    logger,
    requestChannel: slack.requestChannel ?? slack.incidentChannel,
    sleep,
  };
  registerRequestCommand(app, dsrCtx);
  registerRequestSubmission(app, dsrCtx);
  registerCustomerTypeAhead(app, "customer", typeAhead);
  registerRequestButtons(app, dsrCtx);
  registerRequestDialogSubmissions(app, dsrCtx);
  registerDigestCommand(app, {
    prisma: options.prisma,
    chat,
    clock: options.clock,
    config,
    logger,
    people,
    access: breach.access,
  });

  const subprocessor = createSubprocessorDeps({
    prisma: options.prisma,
    chat,
    clock: options.clock,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    emailEnabled: Boolean(options.mailer && config.approvals.publicUrl),
    teamsEnabled: config.teams.enabled,
    logger,
  });
  const subprocessorCtx = { deps: subprocessor, people, logger, sleep };
  registerProposalCommand(app, subprocessorCtx);
  registerProposalSubmission(app, subprocessorCtx);
  registerCountryOptions(app, subprocessorCtx);
  registerApprovalButtons(app, subprocessorCtx);
  registerDecisionSubmissions(app, subprocessorCtx);
  registerWithdrawButton(app, subprocessorCtx);

  // Mounted on a shared express app, the HTTP receiver needs no start of its own: the server
  // listening on PORT already routes /slack/events to it.
  const ownsServer = slack.mode === "socket" || !options.expressApp;
  const retries: RetryState = { stopped: false };
  // Bolt starts its receiver only once initialised: at once, or when auth.test finally succeeds.
  let receiverStarted = false;
  const startReceiver = async () => {
    if (!ownsServer) return;
    receiverStarted = true;
    if (slack.mode === "http") await app.start(config.port);
    else await app.start();
  };
  return {
    app,
    chat: ownChat,
    breach,
    dsr,
    publishUnpostedRequests: () => publishUnpostedRequests(dsrCtx),
    subprocessor,
    refreshIncidentMessage: (incidentId) => refreshIncidentMessage(breach, incidentId),
    publishUnpostedIncident: (incident) => publishUnpostedIncident(ctx, incident),
    start: () => verifyTokenThenInit(app, logger, retries, startReceiver, people),
    stop: async () => {
      retries.stopped = true;
      clearTimeout(retries.timer);
      if (receiverStarted) await app.stop();
    },
  };
}

function enabledSlack(slack: SlackConfig): Extract<SlackConfig, { enabled: true }> {
  if (!slack.enabled) throw new Error("createSlackApp needs SLACK_BOT_TOKEN (Slack is not configured)");
  return slack;
}

const FATAL_AUTH_ERRORS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

interface RetryState {
  stopped: boolean;
  timer?: NodeJS.Timeout;
}

/**
 * Checks the bot token with auth.test before Bolt initialises. A rejected token is a configuration
 * error and stops start-up with a clear message; an unreachable Slack is retried in the background
 * with back-off (the rest of the bot, scheduler and health checks included, keeps running). Once
 * initialised, `onReady` starts the receiver (the Socket Mode connection or HTTP server).
 */
async function verifyTokenThenInit(
  app: App,
  logger: Logger,
  retries: RetryState,
  onReady: () => Promise<void>,
  people: SlackPeople,
  delayMs = 2_000,
): Promise<void> {
  if (retries.stopped) return;
  try {
    // Our own workspace: who is a member, and who a guest of another organisation (shared channels).
    const auth = await app.client.auth.test();
    people.setOwnTeams(auth.team_id, auth.enterprise_id);
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code && FATAL_AUTH_ERRORS.has(code)) {
      throw new Error(
        `Slack rejected SLACK_BOT_TOKEN (${code}): check the token and that the app is installed`,
      );
    }
    logger.warn({ err: error, retryInMs: delayMs }, "Slack not reachable; retrying auth.test");
    retries.timer = setTimeout(() => {
      verifyTokenThenInit(app, logger, retries, onReady, people, Math.min(delayMs * 2, 60_000)).catch(
        (fatal: unknown) => {
          logger.fatal({ err: fatal }, "Slack cannot be used");
        },
      );
    }, delayMs);
    retries.timer.unref();
    return;
  }
  await app.init();
  if (!retries.stopped) await onReady();
}
