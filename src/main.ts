// Composition root: read the configuration, build the adapters, start serving. Nothing else in the
// code base reads process.env or decides which platform is connected.
import type { Server } from "node:http";
import { type ChatDirectory, platformChat, routeChat } from "./adapters/chat/platform-chat.ts";
import { openDatabase } from "./adapters/db/database.ts";
import { countOpenClocks } from "./adapters/db/repositories/open-clock-counts.ts";
import { countPendingEmails } from "./adapters/db/repositories/pending-email-counts.ts";
import { createSubprocessorDeps } from "./adapters/deps/subprocessor-deps.ts";
import { createSmtpMailer } from "./adapters/mail/smtp-mailer.ts";
import { createMetrics } from "./adapters/metrics/metrics.ts";
import { createSlackApp, SLACK_EVENTS_PATH } from "./adapters/slack/create-slack-app.ts";
import { createTeamsApp, TEAMS_MESSAGES_PATH } from "./adapters/teams/create-teams-app.ts";
import { createConsoleAuth } from "./adapters/web/console/auth/create-console-auth.ts";
import { createConsoleDeps } from "./adapters/web/console/console-deps.ts";
import { mountConsole } from "./adapters/web/console/mount-console.ts";
import { createPlaceholderOverview } from "./adapters/web/console/placeholder-overview.ts";
import { createDecisionRouter, DECISION_PATH } from "./adapters/web/decision-page/decision-router.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { refreshIncidentMessage } from "./domain/breach/refresh-incident-message.ts";
import { t } from "./domain/i18n/translate.ts";
import { type ChatTarget, systemClock } from "./domain/ports.ts";
import { loadEnvFile } from "./env-file.ts";
import { chooseLogFormat, createLogger, type Logger } from "./logger.ts";
import { defaultInstanceId } from "./scheduler/engine-deps.ts";
import { requestHousekeeping } from "./scheduler/request-housekeeping.ts";
import { startScheduler } from "./scheduler/start-scheduler.ts";
import { addFinalHandlers } from "./server/final-handlers.ts";
import { createHttpApp } from "./server/http-app.ts";

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    loadEnvFile();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(
    config.logLevel,
    undefined,
    chooseLogFormat(config.logFormat, process.stdout.isTTY === true),
  );
  // A failure nobody handled ends the process (everything that matters is in PostgreSQL, and a
  // supervisor restarts it), but as one structured log line rather than a bare stack on stderr.
  const die = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error }, `${kind}; exiting`);
    process.exit(1);
  };
  process.on("unhandledRejection", die("unhandled rejection"));
  process.on("uncaughtException", die("uncaught exception"));
  const clock = systemClock;

  logger.info(
    { database: config.databaseUrl ? "external" : "embedded", dataDir: config.dataDir },
    "starting dpa-bot",
  );
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
  });
  // One registry for this process: the server, the scheduler and the mailer count into it.
  const metrics = createMetrics({
    countOpenClocks: () => countOpenClocks(database.prisma, clock.now()),
    countPendingEmails: () => countPendingEmails(database.prisma),
    slackPath: SLACK_EVENTS_PATH,
  });
  const app = createHttpApp(database.prisma, {
    metrics,
    mountedPaths: [SLACK_EVENTS_PATH, TEAMS_MESSAGES_PATH, DECISION_PATH],
    trustProxy: config.trustProxy,
    clock,
    logger,
  });
  const stoppers: Array<() => Promise<void>> = [];

  const mailer = config.mail.enabled ? metrics.countingMailer(createSmtpMailer(config.mail)) : null;
  if (mailer) stoppers.push(async () => mailer.close());

  // In HTTP mode Slack mounts POST /slack/events on this app (before any body parser: the signature
  // check needs the raw body); in Socket Mode it connects out and needs no route.
  // Each adapter adds its chat here, so every flow can update messages on either platform.
  const chats: ChatDirectory = {};
  const slack = config.slack.enabled
    ? createSlackApp({ config, prisma: database.prisma, clock, logger, mailer, expressApp: app, chats })
    : undefined;
  if (slack) {
    await slack.start();
    stoppers.push(() => slack.stop());
    logger.info({ mode: config.slack.enabled && config.slack.mode }, "Slack enabled");
  }

  // Art. 9 DPA: the page behind the approvers' personal e-mail links, on the same server and PORT.
  // Its decisions update the request cards of whichever platform joins `chats` (Teams: below).
  const subprocessor = createSubprocessorDeps({
    prisma: database.prisma,
    chat: routeChat(chats),
    clock,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    emailEnabled: Boolean(mailer && config.approvals.publicUrl),
    teamsEnabled: config.teams.enabled,
    logger,
  });
  app.use(
    DECISION_PATH,
    createDecisionRouter({
      prisma: database.prisma,
      subprocessor,
      logger,
      publicUrl: config.approvals.publicUrl,
    }),
  );
  if (mailer && !config.approvals.publicUrl) {
    logger.warn("SMTP_URL is set but PUBLIC_URL is not: sub-processor approvers get no e-mail links");
  }

  // The digest goes to the Slack digest channel and to the Teams digest conversations; the list is
  // read again whenever Teams reports a change (`digest here`, an uninstall).
  const digestTargets: ChatTarget[] = [];
  const slackDigest: ChatTarget[] =
    config.slack.enabled && config.slack.digestChannel
      ? [{ platform: "slack", channelId: config.slack.digestChannel }]
      : [];
  let readTeamsDigestTargets: () => Promise<ChatTarget[]> = async () => [];
  const refreshDigestTargets = async () => {
    digestTargets.splice(0, digestTargets.length, ...slackDigest, ...(await readTeamsDigestTargets()));
  };

  // Teams (SDK v2) mounts POST /api/messages on the same express app, beside Slack.
  const teams = config.teams.enabled
    ? createTeamsApp({
        config,
        prisma: database.prisma,
        clock,
        logger,
        mailer,
        expressApp: app,
        onDigestTargetsChanged: refreshDigestTargets,
        chats,
      })
    : undefined;
  if (teams) {
    await teams.start();
    readTeamsDigestTargets = teams.digestTargets;
    logger.info({ mode: config.teams.enabled && config.teams.mode }, "Teams enabled at POST /api/messages");
    if (config.teams.enabled && config.teams.mode === "local") {
      logger.warn(
        "TEAMS_LOCAL=true: /api/messages accepts requests WITHOUT a Bot Framework token, from this machine only",
      );
    }
  }
  await refreshDigestTargets();
  // Another instance may have taken a `digest here` or an uninstall: read the list again each minute.
  const digestRefresh = setInterval(() => {
    refreshDigestTargets().catch((error: unknown) =>
      logger.warn({ err: error }, "reading the digest targets failed"),
    );
  }, 60_000);
  digestRefresh.unref();
  stoppers.push(async () => clearInterval(digestRefresh));

  // Reminders and the digest: rows in PostgreSQL are the truth; node-cron only ticks. Without a
  // chat the clocks are still turned into reminder rows, which wait for a chat to post in. Each
  // target's platform picks the adapter that sends it.
  const chat = platformChat(chats);
  const breach = slack?.breach ?? teams?.breach;
  const scheduler = startScheduler({
    prisma: database.prisma,
    chat,
    mailer,
    clock,
    config,
    logger,
    instanceId: defaultInstanceId(),
    metrics,
    digestTargets,
    refreshIncidentMessage: async (incidentId) => {
      if (breach && chat) await refreshIncidentMessage({ ...breach, chat }, incidentId);
    },
    publishUnpostedIncident: async (incident) =>
      (slack ? await slack.publishUnpostedIncident(incident) : false) ||
      (teams ? await teams.publishUnpostedIncident(incident) : false),
    requestHousekeeping: requestHousekeeping({
      prisma: database.prisma,
      clock,
      config,
      logger,
      // Through the chat of every platform: a retried forward refreshes its request's own message.
      dsr: () => {
        const dsr = slack?.dsr ?? teams?.dsr;
        return dsr && chat ? { ...dsr, chat } : dsr;
      },
      publishUnposted: async () =>
        (slack ? await slack.publishUnpostedRequests() : 0) +
        (teams ? await teams.publishUnpostedRequests() : 0),
      // A sent notification refreshes its incident's message, on whichever platform it is shown.
      breach: () => (breach && chat ? { ...breach, chat } : breach),
    }),
  });
  stoppers.push(() => scheduler.stop());

  if (!config.slack.enabled && !config.teams.enabled) {
    logger.info(t(config.defaultLanguage, "setup.noChat"));
  }

  // The compliance console: the same use cases and permission model in the browser, at / on PORT.
  // Its actions update the incident and request messages in Slack and Teams like a button would.
  const consoleUrl = config.approvals.publicUrl ?? `http://localhost:${config.port}`;
  const consoleDeps = createConsoleDeps({
    prisma: database.prisma,
    chats,
    clock,
    mailer,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    hourlyRateCents: config.requests.hourlyRateCents,
    logger,
    subprocessor,
  });
  const consoleAuth = createConsoleAuth({
    prisma: database.prisma,
    clock,
    logger,
    defaultLanguage: config.defaultLanguage,
    publicUrl: consoleUrl,
    oidc: config.console.oidc,
    idleMinutes: config.console.idleMinutes,
    teamsTenantId: config.teams.enabled && config.teams.mode === "azure" ? config.teams.tenantId : undefined,
  });
  // Every page of the console, each a router of its own (`createXPages(consoleDeps)`); add new ones here.
  const consolePages = [createPlaceholderOverview(consoleDeps)];
  mountConsole(app, { ...consoleAuth, pages: consolePages });

  // After the last route (Teams mounts its own at start): unknown addresses and errors get a short
  // page or JSON without internals, whatever NODE_ENV says.
  addFinalHandlers(app, { logger, defaultLanguage: config.defaultLanguage });
  const server = await listen(app, config.port);
  logger.info(
    { port: config.port },
    "listening: GET /healthz, GET /readyz, GET /metrics, /decide/<link>, the console at /",
  );
  logger.info(
    consoleAuth.providerName
      ? t(config.defaultLanguage, "console.auth.startup.oidc", {
          url: consoleUrl,
          provider: consoleAuth.providerName,
        })
      : t(config.defaultLanguage, "console.auth.startup.link", { url: consoleUrl }),
  );
  if (teams) stoppers.push(() => teams.stop());

  onShutdown(logger, async () => {
    await closeServer(server);
    for (const stop of stoppers.reverse()) await stop();
    await database.close();
  });
}

function listen(app: ReturnType<typeof createHttpApp>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

// Graceful shutdown: stop taking requests, let in-flight work finish, stop the embedded database
// cleanly (an unclean stop would cost a recovery at the next start).
function onShutdown(logger: Logger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.error("shutdown took longer than 20 s; exiting");
      process.exit(1);
    }, 20_000);
    force.unref();
    shutdown().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", handler);
  process.on("SIGINT", handler);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `dpa-bot failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
