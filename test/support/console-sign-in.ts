// Signing in to the console for real in tests: the console's own sign-in (createConsoleAuth) on a
// real server, and a sign-in through a one-time link, over HTTP (a cookie and the CSRF token to
// send) or in a Playwright page. The person needs a role first (test/support/staff.ts grantRoles).
import type { AddressInfo } from "node:net";
import express, { type Router } from "express";
import type { Page } from "playwright-core";
import { hashToken } from "../../src/adapters/db/repositories/approval-links.ts";
import { CONSOLE_ACCOUNT_FIELDS } from "../../src/adapters/db/repositories/console-accounts.ts";
import { issueSignInLink } from "../../src/adapters/db/repositories/console-links.ts";
import { createConsoleAuth } from "../../src/adapters/web/console/auth/create-console-auth.ts";
import { mountConsole } from "../../src/adapters/web/console/mount-console.ts";
import type { OidcConfig } from "../../src/config.ts";
import type { Language } from "../../src/domain/i18n/languages.ts";
import { type Actor, type Clock, systemClock } from "../../src/domain/ports.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger } from "../../src/logger.ts";
import { addFinalHandlers } from "../../src/server/final-handlers.ts";
import { CookieJar } from "./cookie-jar.ts";

export interface SignInConsole {
  url: string;
  close(): Promise<void>;
}

export interface SignInConsoleOptions {
  pages: Router[];
  clock?: Clock;
  oidc?: OidcConfig;
  teamsTenantId?: string;
  idleMinutes?: number;
  defaultLanguage?: Language;
}

/** The console with its real sign-in, sessions, CSRF checks and headers, on 127.0.0.1:<random>. */
export async function startSignInConsole(
  prisma: PrismaClient,
  options: SignInConsoleOptions,
): Promise<SignInConsole> {
  const app = express();
  app.disable("x-powered-by");
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = createConsoleAuth({
    prisma,
    clock: options.clock ?? systemClock,
    logger: createLogger("silent"),
    defaultLanguage: options.defaultLanguage ?? "en",
    publicUrl: url,
    oidc: options.oidc ?? { enabled: false },
    idleMinutes: options.idleMinutes ?? 30,
    teamsTenantId: options.teamsTenantId,
  });
  mountConsole(app, { ...auth, pages: options.pages });
  addFinalHandlers(app, { logger: createLogger("silent"), defaultLanguage: options.defaultLanguage ?? "en" });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type StaffIdentity = Pick<Actor, "platform" | "userId"> & { workspaceId?: string };

/** A one-time sign-in link for a person with a role, as `dpa-bot console link` makes it. */
export async function signInLinkFor(
  baseUrl: string,
  prisma: PrismaClient,
  who: StaffIdentity,
  clock: Clock = systemClock,
): Promise<string> {
  const account = await prisma.account.findFirst({
    where: {
      platform: who.platform,
      platformUserId: who.userId,
      ...(who.workspaceId !== undefined ? { workspaceId: who.workspaceId } : {}),
    },
    select: CONSOLE_ACCOUNT_FIELDS,
  });
  if (!account) throw new Error(`no account for ${who.platform}:${who.userId}: grant a role first`);
  const { token } = await issueSignInLink(prisma, {
    account,
    operator: { platform: "cli", userId: "test-operator", displayName: "test operator" },
    now: clock.now(),
  });
  return `${baseUrl}/auth/link/${token}`;
}

export interface SignedIn {
  /** The Cookie header to send with every request. */
  cookie: string;
  /** The `_csrf` value every POST form needs. */
  csrfToken: string;
  headers: Record<string, string>;
}

/** Signs in over HTTP through a one-time link: open it, press "Sign in", keep the session cookie. */
export async function signInWithLink(
  baseUrl: string,
  prisma: PrismaClient,
  who: StaffIdentity,
  clock: Clock = systemClock,
): Promise<SignedIn> {
  const link = await signInLinkFor(baseUrl, prisma, who, clock);
  const jar = new CookieJar();
  const page = await fetch(link, { redirect: "manual" });
  jar.take(page);
  const formToken = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (page.status !== 200 || !formToken) throw new Error(`the link page answered ${page.status}`);
  const posted = await fetch(link, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: formToken }),
  });
  jar.take(posted);
  if (posted.status !== 303) throw new Error(`signing in with the link answered ${posted.status}`);
  const token = /(?:^|; )dpa_console=([^;]+)/.exec(jar.header())?.[1];
  if (!token) throw new Error("no session cookie after signing in");
  const session = await prisma.consoleSession.findUniqueOrThrow({
    where: { id: hashToken(decodeURIComponent(token)) },
  });
  const cookie = `dpa_console=${token}`;
  return { cookie, csrfToken: session.csrfToken, headers: { cookie } };
}

/** Signs a Playwright page in through a one-time link; the page ends on the console's start page. */
export async function signInPage(
  page: Page,
  baseUrl: string,
  prisma: PrismaClient,
  who: StaffIdentity,
  clock: Clock = systemClock,
): Promise<void> {
  await page.goto(await signInLinkFor(baseUrl, prisma, who, clock));
  await Promise.all([page.waitForURL(`${baseUrl}/`), page.locator("main form button[type=submit]").click()]);
}
