// One running Teams app (TEAMS_LOCAL: no token check) on an express app like production's, against
// the fake Bot Framework Connector and a real PostgreSQL database. Activities are POSTed to
// /api/messages as Teams would; time is a settable clock.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { createTeamsApp, type TeamsApp } from "../../../src/adapters/teams/create-teams-app.ts";
import { loadConfig } from "../../../src/config.ts";
import type { StaffRole } from "../../../src/domain/access/roles.ts";
import type { Mailer } from "../../../src/domain/ports.ts";
import { createLogger } from "../../../src/logger.ts";
import type { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { adaptiveCardProblems } from "../../fakes/teams/adaptive-card-rules.ts";
import { FakeConnector } from "../../fakes/teams/fake-connector.ts";
import type { Where } from "../../fixtures/teams/activities.ts";
import { TENANT, USER } from "../../fixtures/teams/activities.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import { TestClock } from "../slack/harness.ts";

export interface TeamsHarness {
  db: TestDatabase;
  connector: FakeConnector;
  clock: TestClock;
  teams: TeamsApp;
  /** Where test activities come from: the fake connector's URL, a channel by default. */
  where: Where;
  /** The bot's endpoint: http://<host>:<port>/api/messages. */
  url: string;
  post(
    activity: Record<string, unknown>,
    headers?: Record<string, string>,
    // biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTeamsHarness(options: {
  now: string;
  env?: Record<string, string>;
  mailer?: Mailer;
  /** E-mail through the real nodemailer transport to this fake server (the harness closes it). */
  smtp?: FakeSmtp;
  onDigestTargetsChanged?: () => Promise<void>;
  /** The roles of the fixtures' USER: by default privacy officer and administrator (see the Slack harness). */
  userRoles?: StaffRole[];
  /** The address the app listens on and is called at (loopback unless a test needs another). */
  host?: string;
}): Promise<TeamsHarness> {
  const db = await createTestDatabase();
  await grantRoles(
    db.prisma,
    { platform: "teams", userId: USER.aadObjectId, workspaceId: TENANT, displayName: USER.name },
    ...(options.userRoles ?? ["privacy_officer", "admin"]),
  );
  const connector = await new FakeConnector().start();
  const clock = new TestClock(new Date(options.now));
  const config = loadConfig({
    TEAMS_LOCAL: "true",
    TIMEZONE: "Europe/Brussels",
    DEFAULT_LANGUAGE: "en",
    ...options.env,
  });
  const web = express();
  const smtpMailer = options.smtp
    ? createSmtpMailer({ smtpUrl: options.smtp.url, from: "dpo@provider.example" })
    : undefined;
  const teams = createTeamsApp({
    config,
    prisma: db.prisma,
    clock,
    logger: createLogger("silent"),
    mailer: options.mailer ?? smtpMailer ?? null,
    expressApp: web,
    onDigestTargetsChanged: options.onDigestTargetsChanged,
  });
  await teams.start();
  const host = options.host ?? "127.0.0.1";
  const server: Server = await new Promise((resolve) => {
    const s = web.listen(0, host, () => resolve(s));
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    db,
    connector,
    clock,
    teams,
    where: { serviceUrl: connector.url },
    url,
    post: async (activity, headers = {}) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      const body = text ? JSON.parse(text) : undefined;
      // Cards answered directly (dialogs, cards replaced in place) are checked like sent ones.
      for (const card of cardsInInvokeResponse(body))
        connector.violations.push(...adaptiveCardProblems(card));
      return { status: response.status, body };
    },
    close: async () => {
      await teams.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await connector.stop();
      smtpMailer?.close();
      await options.smtp?.stop();
      await db.drop();
    },
  };
}

/** The cards in an invoke answer: a dialog's card, or a card shown in place of the one clicked. */
// biome-ignore lint/suspicious/noExplicitAny: an invoke answer of any shape
export function cardsInInvokeResponse(body: any): unknown[] {
  const cards: unknown[] = [];
  const dialogCard = body?.task?.value?.card?.content;
  if (dialogCard) cards.push(dialogCard);
  if (body?.type === "application/vnd.microsoft.card.adaptive" && body.value) cards.push(body.value);
  return cards;
}
