// The Teams app (Teams SDK v2) on the process's one express app: POST /api/messages, every request
// checked for a Bot Framework token unless TEAMS_LOCAL (Agents Playground, tests), which serves
// this machine only (local-only.ts). Flows register
// in one module each (breach/, digest/, help/); dispatch.ts routes activities to them. Replies and
// proactive messages go through the Bot Connector at each conversation's service URL.

import { App, ExpressAdapter } from "@microsoft/teams.apps";
import type { Express } from "express";
import type { Config, TeamsConfig } from "../../config.ts";
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import { publishIncident } from "../../domain/breach/publish-incident.ts";
import type { DsrDeps } from "../../domain/dsr/dsr-deps.ts";
import { languageOfLocale } from "../../domain/i18n/languages.ts";
import { t } from "../../domain/i18n/translate.ts";
import type { ChatPort, ChatTarget, Clock, Language, Mailer } from "../../domain/ports.ts";
import type { SubprocessorDeps } from "../../domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import { type ChatDirectory, routeChat } from "../chat/platform-chat.ts";
import { listDigestConversations } from "../db/repositories/conversation-references.ts";
import type { UnpostedIncident } from "../db/repositories/incident-queries.ts";
import { findLanguagePreference } from "../db/repositories/language-preferences.ts";
import { createBreachDeps } from "../deps/breach-deps.ts";
import { createDsrDeps } from "../deps/dsr-deps.ts";
import { createSubprocessorDeps } from "../deps/subprocessor-deps.ts";
import { registerIncidentButtons } from "./breach/incident-buttons.ts";
import { registerBreachReport } from "./breach/report.ts";
import { ConversationBook } from "./conversations.ts";
import { registerDigest } from "./digest/register.ts";
import { createDispatcher } from "./dispatch.ts";
import { publishUnpostedTeamsRequests } from "./dsr/publish-unposted.ts";
import { registerDsrIntake } from "./dsr/register.ts";
import { registerRequestButtons } from "./dsr/request-buttons.ts";
import { FlowRegistry, type TeamsFlowContext } from "./flows.ts";
import { registerHelp } from "./help/register.ts";
import { helpCard } from "./help-card.ts";
import type { InvokeResponse } from "./invoke-responses.ts";
import { isLoopbackUrl, localOnly } from "./local-only.ts";
import { sdkLogger } from "./sdk-logger.ts";
import { TeamsStanding } from "./standing.ts";
import { registerApprovalButtons } from "./subprocessor/approval-buttons.ts";
import { registerSubprocessorProposal } from "./subprocessor/register.ts";
import { registerWithdrawButton } from "./subprocessor/withdraw-button.ts";
import { cardActivity, createTeamsChat } from "./teams-chat.ts";
import { fromAllowedTenant, type IncomingActivity, readTurn, type TeamsTurn } from "./turn.ts";

export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAppOptions {
  config: Config;
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  mailer?: Mailer | null;
  /** The express app that serves PORT; POST /api/messages is mounted on it. */
  expressApp: Express;
  /** Called when the set of Teams digest conversations changed (`digest here`, uninstall). */
  onDigestTargetsChanged?: () => Promise<void>;
  /** The process's chats of every platform; Teams' joins it. */
  chats?: ChatDirectory;
}

export interface TeamsApp {
  app: App;
  chat: ChatPort;
  breach: BreachDeps;
  dsr: DsrDeps;
  /** Sub-processor proposals and decisions (art. 9 DPA). */
  subprocessor: SubprocessorDeps;
  /** Posts requests whose first post failed (for the scheduler's request housekeeping). */
  publishUnpostedRequests(): Promise<number>;
  /** TEAMS_DIGEST_CONVERSATION, else every conversation where `digest here` was said. */
  digestTargets(): Promise<ChatTarget[]>;
  publishUnpostedIncident(incident: UnpostedIncident): Promise<boolean>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createTeamsApp(options: TeamsAppOptions): TeamsApp {
  const { config, prisma, clock, logger } = options;
  const teams = enabledTeams(config.teams);
  const log = logger.child({ component: "teams" });
  // Before the SDK's route: in local mode nothing from another machine reaches it.
  if (teams.mode === "local") options.expressApp.post(TEAMS_MESSAGES_PATH, localOnly(log));
  const app = new App({
    ...(teams.mode === "azure"
      ? { clientId: teams.clientId, clientSecret: teams.clientSecret, tenantId: teams.tenantId }
      : { dangerouslyAllowUnauthenticatedRequests: true }),
    httpServerAdapter: new ExpressAdapter(options.expressApp, { logger: sdkLogger(logger) }),
    messagingEndpoint: TEAMS_MESSAGES_PATH,
    logger: sdkLogger(logger),
  });

  const ownChat = createTeamsChat({
    prisma,
    clock,
    api: app.api,
    botId: () => app.id,
    tenantId: teams.mode === "azure" ? teams.tenantId : null,
    mayPostTo: teams.mode === "local" ? isLoopbackUrl : undefined,
  });
  const chats = options.chats ?? {};
  chats.teams = ownChat;
  // The use cases reach every platform: an approval decided here also updates its Slack message.
  const chat = routeChat(chats);
  const breach = createBreachDeps({
    prisma,
    chat,
    clock,
    mailer: options.mailer ?? null,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    logger,
  });
  const dsr = createDsrDeps({
    prisma,
    chat,
    clock,
    mailer: options.mailer ?? null,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    hourlyRateCents: config.requests.hourlyRateCents,
    logger,
    chatPlatforms: config.slack.enabled ? ["slack", "teams"] : ["teams"],
  });
  const subprocessor = createSubprocessorDeps({
    prisma,
    chat,
    clock,
    timezone: config.timezone,
    defaultLanguage: config.defaultLanguage,
    emailEnabled: Boolean(options.mailer && config.approvals.publicUrl),
    teamsEnabled: true,
    logger,
  });
  const changed = options.onDigestTargetsChanged ?? (async () => {});

  const ctx: TeamsFlowContext = {
    config,
    prisma,
    clock,
    logger: log,
    chat,
    breach,
    language: async (turn) => languageOf(prisma, turn, config.defaultLanguage),
    reply: async (turn, card, summary) => {
      const api = app.api.clone({ serviceUrl: turn.serviceUrl });
      await api.conversations.createActivity(turn.replyConversationId, cardActivity(card, summary));
    },
    updateCard: async (turn, activityId, card) => {
      const api = app.api.clone({ serviceUrl: turn.serviceUrl });
      await api.conversations.updateActivity(turn.conversationId, activityId, {
        ...cardActivity(card, ""),
        id: activityId,
      });
    },
  };

  const book = new ConversationBook(prisma, log, changed, async (turn) => {
    const language = await ctx.language(turn);
    await ctx.reply(turn, helpCard(language, t(language, "teams.welcome")), t(language, "teams.welcome"));
  });

  // One registration module per flow.
  const registry = new FlowRegistry();
  registerBreachReport(registry, ctx);
  registerIncidentButtons(registry, ctx);
  registerDigest(registry, ctx, changed);
  registerHelp(registry, ctx);
  registerDsrIntake(registry, ctx, dsr);
  registerRequestButtons(registry, ctx, dsr);
  registerSubprocessorProposal(registry, ctx, subprocessor);
  registerApprovalButtons(registry, ctx, subprocessor);
  registerWithdrawButton(registry, ctx, subprocessor);
  const dispatcher = createDispatcher(registry, ctx);

  const ownTenant = teams.mode === "azure" ? teams.tenantId : null;
  const standing = new TeamsStanding(
    (turn) =>
      app.api
        .clone({ serviceUrl: turn.serviceUrl })
        .conversations.getMemberById(turn.conversationId, turn.userId),
    ownTenant,
    clock,
    log,
  );
  /** The turn, or null (logged) when it comes from a tenant that is not ours. */
  const turnOf = async (activity: unknown, remember = true): Promise<TeamsTurn | null> => {
    const turn = readTurn(activity as IncomingActivity, config.timezone);
    if (!fromAllowedTenant(turn, ownTenant)) {
      log.warn({ tenantId: turn.tenantId }, "Teams activity from another tenant refused");
      return null;
    }
    // localOnly() refused these already; checked again where the URL is taken into use.
    if (teams.mode === "local" && !isLoopbackUrl(turn.serviceUrl)) return null;
    if (remember) {
      // Guests of our tenant act only as a customer's approver (the permission model).
      turn.standing = await standing.of(turn);
      await book.remember(turn);
    }
    return turn;
  };
  app.on("message", async ({ activity }) => {
    const turn = await turnOf(activity);
    if (turn) await dispatcher.onMessage(turn);
  });
  // The SDK sends what an invoke handler returns as the HTTP answer ({ status, body }); its route
  // type for the catch-all "invoke" says void, hence the cast.
  const onInvoke = async ({ activity }: { activity: unknown }): Promise<InvokeResponse> => {
    const turn = await turnOf(activity);
    return turn ? dispatcher.onInvoke(turn) : { status: 403 };
  };
  app.on("invoke", onInvoke as unknown as () => Promise<void>);
  app.on("conversationUpdate", async ({ activity }) => {
    const turn = await turnOf(activity, false);
    if (turn) await book.onConversationUpdate(turn);
  });
  app.on("installationUpdate", async ({ activity }) => {
    const turn = await turnOf(activity, false);
    if (turn) await book.onInstallationUpdate(turn);
  });
  app.event("error", ({ error }) => log.error({ err: error }, "Teams activity failed"));

  return {
    app,
    chat: ownChat,
    subprocessor,
    breach,
    dsr,
    publishUnpostedRequests: () => publishUnpostedTeamsRequests(dsr),
    digestTargets: async () => {
      const ids = teams.digestConversation
        ? [teams.digestConversation]
        : await listDigestConversations(prisma);
      return ids.map((channelId) => ({ platform: "teams" as const, channelId }));
    },
    publishUnpostedIncident: async (unposted) => {
      if (unposted.platform !== "teams") return false;
      const incident = await breach.incidents.get(unposted.id);
      if (!incident || incident.status === "closed" || incident.message) return false;
      const posted = await publishIncident(breach, incident, {
        targets: [{ platform: "teams", channelId: unposted.channelId }],
        reporterUserId: unposted.reporterUserId ?? "",
        reporterLanguage: incident.channelLanguage ?? config.defaultLanguage,
      });
      return posted !== null;
    },
    // Mounts the route on the shared express app; the process's server is already listening.
    start: () => app.initialize(),
    stop: async () => {},
  };
}

async function languageOf(prisma: PrismaClient, turn: TeamsTurn, fallback: Language): Promise<Language> {
  const chosen = await findLanguagePreference(prisma, "teams", turn.tenantId, turn.aadObjectId);
  return chosen ?? languageOfLocale(turn.locale) ?? fallback;
}

function enabledTeams(teams: TeamsConfig): Extract<TeamsConfig, { enabled: true }> {
  if (!teams.enabled)
    throw new Error("createTeamsApp needs TEAMS_CLIENT_ID/SECRET/TENANT_ID or TEAMS_LOCAL=true");
  return teams;
}
