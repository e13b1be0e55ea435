// The console's sign-in end to end over real HTTP: a real OpenID provider (oidc-provider) with the
// three identity shapes, one-time links, sessions that end (idle, absolute, sign-out, a revoked
// role), CSRF on every state-changing request, the open-redirect guard and the security headers,
// all against a real PostgreSQL; time moves through the Clock port.
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeStaffRole } from "../../../src/adapters/db/repositories/staff.ts";
import { CONSOLE_CSP } from "../../../src/adapters/web/console/auth/security-headers.ts";
import { createPlaceholderOverview } from "../../../src/adapters/web/console/placeholder-overview.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import {
  type SignInConsole,
  signInLinkFor,
  signInWithLink,
  startSignInConsole,
} from "../../support/console-sign-in.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import { HttpBrowser } from "../../support/http-browser.ts";
import {
  listenTestOpenIdProvider,
  TEST_CLIENT,
  type TestOpenIdProvider,
} from "../../support/openid-provider.ts";
import { grantRoles } from "../../support/staff.ts";

const TENANT = "0a1b2c3d-0000-4000-8000-00000000aaaa";
const OTHER_TENANT = "0a1b2c3d-0000-4000-8000-00000000bbbb";
const ANNE_OID = "d1e2a3b4-0000-4000-8000-0000000000a1";
const OUTSIDER_OID = "d1e2a3b4-0000-4000-8000-0000000000b2";

const ACCOUNTS = {
  anne: { oid: ANNE_OID, tid: TENANT, name: "Anne Entra" },
  outsider: { oid: OUTSIDER_OID, tid: OTHER_TENANT, name: "Olga Other" },
  bart: { "https://slack.com/user_id": "U0BART", "https://slack.com/team_id": "T0OURS", name: "Bart Slack" },
  carla: { email: "Carla@Example.com", email_verified: true, name: "Carla Web" },
  dirk: { email: "dirk@example.com", email_verified: true, name: "Dirk Via Slack" },
  unverified: { email: "carla@example.com", email_verified: false, name: "Not Carla" },
  erin: { email: "erin@example.com", email_verified: true, name: "Erin Nobody" },
};

let db: TestDatabase;
let prisma: PrismaClient;
useTestDatabase((created) => {
  db = created;
  prisma = db.prisma;
});

let now = Date.now();
const clock = { now: () => new Date(now) };
let provider: TestOpenIdProvider;
let app: SignInConsole;
const operator = { platform: "cli" as const, userId: "root", displayName: "root" };

beforeAll(async () => {
  provider = await listenTestOpenIdProvider();
  // A page that changes something: proves that only a form with the session's token gets through.
  const probe = express.Router();
  probe.post("/incidents/probe", async (_req, res) => {
    await prisma.auditLog.create({
      data: {
        actorPlatform: "system",
        actorUserId: "probe",
        actorName: "probe",
        action: "test.probe",
        entityType: "Probe",
        entityId: "1",
      },
    });
    res.type("text").send("changed");
  });
  app = await startSignInConsole(prisma, {
    pages: [createPlaceholderOverview(), probe],
    clock,
    oidc: {
      enabled: true,
      issuerUrl: provider.issuer,
      clientId: TEST_CLIENT.id,
      clientSecret: TEST_CLIENT.secret,
    },
    teamsTenantId: TENANT,
  });
  provider.start(`${app.url}/auth/callback`, ACCOUNTS);
  await grantRoles(
    prisma,
    { platform: "teams", userId: ANNE_OID, workspaceId: TENANT, displayName: ANNE_OID },
    "privacy_officer",
  );
  await grantRoles(
    prisma,
    { platform: "teams", userId: OUTSIDER_OID, workspaceId: OTHER_TENANT, displayName: "Olga" },
    "admin",
  );
  await grantRoles(
    prisma,
    { platform: "slack", userId: "U0BART", workspaceId: "T0OURS", displayName: "bart" },
    "auditor",
  );
  await changeStaffRole(
    prisma,
    { platform: "web", userId: "carla@example.com", role: "incident_handler" },
    "grant",
    operator,
  );
  await grantRoles(
    prisma,
    { platform: "slack", userId: "U0DIRK", workspaceId: "T0OURS", displayName: "dirk" },
    "incident_handler",
  );
  await prisma.account.updateMany({
    where: { platformUserId: "U0DIRK" },
    data: { email: "Dirk@example.com" },
  });
});

afterAll(async () => {
  await app?.close();
  await provider?.close();
});

beforeEach(() => {
  now = Date.now();
});

/** Signs in through the provider as one of its accounts; returns the browser and the last answer. */
async function signInWithProvider(login: keyof typeof ACCOUNTS, next = "/") {
  const browser = new HttpBrowser();
  const form = await browser.go(`${app.url}/auth/oidc?next=${encodeURIComponent(next)}`);
  expect(form.url).toContain(`${provider.issuer}/interaction/`);
  const done = await browser.go(form.url, { form: { login } });
  return { browser, done };
}

const audits = (action: string) => prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

describe("sign-in with OpenID Connect", () => {
  it("sends a visitor without a session to the sign-in page, which offers the provider", async () => {
    const browser = new HttpBrowser();
    const first = await browser.go(`${app.url}/?tab=open`, { follow: false });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/auth/sign-in?next=%2F%3Ftab%3Dopen");
    const page = await browser.go(`${app.url}/auth/sign-in?next=%2F%3Ftab%3Dopen`);
    expect(page.text).toContain("Sign in with 127.0.0.1");
    expect(page.text).toContain('href="/auth/oidc?next=%2F%3Ftab%3Dopen"');
  });

  it("signs in a Microsoft Entra ID account of our tenant as their Teams identity, back where they were going", async () => {
    const { browser, done } = await signInWithProvider("anne", "/?tab=open");
    expect(done.status).toBe(200);
    expect(done.url).toBe(`${app.url}/?tab=open`);
    expect(done.text).toContain("Signed in as Anne Entra");
    const session = await prisma.consoleSession.findFirstOrThrow({ where: { userId: ANNE_OID } });
    expect(session).toMatchObject({ platform: "teams", workspaceId: TENANT, method: "oidc" });
    const signedIn = (await audits("console.signed_in")).at(-1);
    expect(signedIn).toMatchObject({
      actorPlatform: "teams",
      actorUserId: ANNE_OID,
      actorName: "Anne Entra",
    });
    expect(signedIn?.after).toEqual({ method: "oidc", provider: "127.0.0.1" });
    // The cookie holds a token; the database only its hash.
    const cookie = browser.jar(app.url).header();
    expect(cookie).toMatch(/^dpa_console=[\w-]{40,}/);
    expect(cookie).not.toContain(session.id);
  });

  it("refuses an Entra ID account of another tenant, whatever role its id was granted", async () => {
    const { done } = await signInWithProvider("outsider");
    expect(done.status).toBe(403);
    expect(done.text).toContain("No access to the console");
    expect(await prisma.consoleSession.count({ where: { userId: OUTSIDER_OID } })).toBe(0);
  });

  it("signs in a Sign in with Slack account as their Slack identity", async () => {
    const { done } = await signInWithProvider("bart");
    expect(done.status).toBe(200);
    expect(done.text).toContain("Signed in as Bart Slack");
    expect(await prisma.consoleSession.findFirst({ where: { userId: "U0BART" } })).toMatchObject({
      platform: "slack",
      workspaceId: "T0OURS",
    });
  });

  it("signs in any other provider's account by its verified e-mail address, whatever its case", async () => {
    const { done } = await signInWithProvider("carla");
    expect(done.status).toBe(200);
    expect(done.text).toContain("Signed in as Carla Web");
    expect(await prisma.consoleSession.findFirst({ where: { userId: "carla@example.com" } })).toMatchObject({
      platform: "web",
    });
  });

  it("finds a Slack account by its recorded e-mail address when the provider names only that", async () => {
    const { done } = await signInWithProvider("dirk");
    expect(done.status).toBe(200);
    expect(await prisma.consoleSession.findFirst({ where: { userId: "U0DIRK" } })).toMatchObject({
      platform: "slack",
    });
  });

  it("refuses an e-mail address the provider did not verify, and opens no session", async () => {
    const before = await prisma.consoleSession.count();
    const { done } = await signInWithProvider("unverified");
    expect(done.status).toBe(403);
    expect(done.text).toContain("did not confirm your e-mail address");
    expect(await prisma.consoleSession.count()).toBe(before);
  });

  it("refuses a person without a role with the refusal text naming the grant, and audits it", async () => {
    const { done } = await signInWithProvider("erin");
    expect(done.status).toBe(403);
    expect(done.text).toContain("dpa-bot staff grant incident-handler --email erin@example.com");
    expect((await audits("access.refused")).some((row) => row.actorUserId === "erin@example.com")).toBe(true);
  });

  it("never sends the browser to another site after signing in", async () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      const { done } = await signInWithProvider("anne", next);
      expect(done.url, next).toBe(`${app.url}/`);
    }
    const page = await new HttpBrowser().go(
      `${app.url}/auth/sign-in?next=${encodeURIComponent("//evil.example")}`,
    );
    expect(page.text).toContain('href="/auth/oidc?next=%2F"');
  });

  it("refuses a callback that this browser did not start, or a replayed one", async () => {
    const { browser } = await signInWithProvider("anne");
    const stranger = await new HttpBrowser().go(`${app.url}/auth/callback?code=abc&state=def`);
    expect(stranger.status).toBe(400);
    expect(stranger.text).toContain("Sign-in did not complete");
    const again = await browser.go(`${app.url}/auth/callback?code=abc&state=def`);
    expect(again.status).toBe(400);
  });
});

describe("sign-in with a one-time link", () => {
  it("shows a button on GET (a mail scanner uses nothing up) and signs in on POST, audited", async () => {
    const link = await signInLinkFor(
      app.url,
      prisma,
      { platform: "web", userId: "carla@example.com" },
      clock,
    );
    const browser = new HttpBrowser();
    const first = await browser.go(link);
    const second = await browser.go(link);
    expect([first.status, second.status]).toEqual([200, 200]);
    const token = /name="_csrf" value="([^"]+)"/.exec(second.text)?.[1] ?? "";
    const done = await browser.go(link, { form: { _csrf: token } });
    expect(done.url).toBe(`${app.url}/`);
    expect(done.text).toContain("Signed in as carla@example.com");
    expect((await audits("console.link_created")).at(-1)).toMatchObject({
      actorPlatform: "cli",
      actorUserId: "test-operator",
    });
    expect((await audits("console.link_used")).at(-1)).toMatchObject({
      actorPlatform: "web",
      actorUserId: "carla@example.com",
    });
    expect((await audits("console.signed_in")).at(-1)?.after).toEqual({ method: "link" });

    const used = await browser.go(link);
    expect(used.status).toBe(410);
    expect(used.text).toContain("This link was already used");
    const usedPost = await browser.go(link, { form: { _csrf: token } });
    expect(usedPost.status).toBe(403); // its form token went with the first use
  });

  it("refuses a link after 15 minutes", async () => {
    const link = await signInLinkFor(
      app.url,
      prisma,
      { platform: "web", userId: "carla@example.com" },
      clock,
    );
    now += 15 * 60_000 + 1000;
    const page = await new HttpBrowser().go(link);
    expect(page.status).toBe(410);
    expect(page.text).toContain("This link has expired");
  });

  it("refuses a form posted without this browser's token, and the link stays unused", async () => {
    const link = await signInLinkFor(
      app.url,
      prisma,
      { platform: "web", userId: "carla@example.com" },
      clock,
    );
    const forged = await new HttpBrowser().go(link, { form: { _csrf: "guessed" } });
    expect(forged.status).toBe(403);
    expect(
      await prisma.consoleSignInLink.count({ where: { usedAt: { not: null }, createdAt: clock.now() } }),
    ).toBe(0);
    expect((await new HttpBrowser().go(link)).status).toBe(200);
  });

  it("answers an unknown link as not valid", async () => {
    const page = await new HttpBrowser().go(`${app.url}/auth/link/${"x".repeat(43)}`);
    expect(page.status).toBe(404);
    expect(page.text).toContain("This link is not valid");
  });
});

describe("sessions", () => {
  it("end after 30 minutes without use, and a used session lives on", async () => {
    const me = await signInWithLink(app.url, prisma, { platform: "web", userId: "carla@example.com" }, clock);
    now += 20 * 60_000;
    expect((await fetch(`${app.url}/`, { headers: me.headers, redirect: "manual" })).status).toBe(200);
    now += 20 * 60_000;
    expect((await fetch(`${app.url}/`, { headers: me.headers, redirect: "manual" })).status).toBe(200);
    now += 31 * 60_000;
    const idle = await fetch(`${app.url}/`, { headers: me.headers, redirect: "manual" });
    expect(idle.status).toBe(303);
    expect(idle.headers.get("location")).toBe("/auth/sign-in?next=%2F");
  });

  it("end 12 hours after sign-in, however active", async () => {
    const me = await signInWithLink(app.url, prisma, { platform: "web", userId: "carla@example.com" }, clock);
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      now += 25 * 60_000;
      const res = await fetch(`${app.url}/`, { headers: me.headers, redirect: "manual" });
      expect(res.status, `after ${minutes} minutes`).toBe(200);
    }
    now += 25 * 60_000;
    expect((await fetch(`${app.url}/`, { headers: me.headers, redirect: "manual" })).status).toBe(303);
  });

  it("close the console at the next request once the role is revoked", async () => {
    await grantRoles(
      prisma,
      { platform: "web", userId: "frank@example.com", displayName: "Frank" },
      "auditor",
    );
    const me = await signInWithLink(app.url, prisma, { platform: "web", userId: "frank@example.com" }, clock);
    expect((await fetch(`${app.url}/`, { headers: me.headers })).status).toBe(200);
    await changeStaffRole(
      prisma,
      { platform: "web", userId: "frank@example.com", role: "auditor" },
      "revoke",
      operator,
    );
    const refused = await fetch(`${app.url}/`, { headers: me.headers });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("dpa-bot staff grant incident-handler --email frank@example.com");
  });

  it("let through only forms that carry the session's CSRF token; a forged one changes nothing", async () => {
    const me = await signInWithLink(app.url, prisma, { platform: "web", userId: "carla@example.com" }, clock);
    const post = (body: Record<string, string>, headers = me.headers) =>
      fetch(`${app.url}/incidents/probe`, {
        method: "POST",
        redirect: "manual",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body),
      });
    const probes = () => prisma.auditLog.count({ where: { action: "test.probe" } });
    const before = await probes();
    const missing = await post({});
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain("This form can no longer be sent");
    expect((await post({ _csrf: "x".repeat(43) })).status).toBe(403);
    expect(await probes()).toBe(before);
    expect((await post({ _csrf: me.csrfToken }, {})).status).toBe(401); // no session at all
    expect(await probes()).toBe(before);
    expect((await post({ _csrf: me.csrfToken })).status).toBe(200);
    expect(await probes()).toBe(before + 1);
  });

  it("sign out with the CSRF token only; afterwards the cookie opens nothing, audited", async () => {
    const me = await signInWithLink(app.url, prisma, { platform: "web", userId: "carla@example.com" }, clock);
    const signOut = (body: Record<string, string>) =>
      fetch(`${app.url}/auth/sign-out`, {
        method: "POST",
        redirect: "manual",
        headers: { ...me.headers, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body),
      });
    expect((await signOut({})).status).toBe(403);
    expect((await fetch(`${app.url}/`, { headers: me.headers })).status).toBe(200);
    const out = await signOut({ _csrf: me.csrfToken });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/auth/signed-out");
    expect(out.headers.get("set-cookie")).toMatch(/dpa_console=;/);
    expect((await fetch(`${app.url}/`, { headers: me.headers, redirect: "manual" })).status).toBe(303);
    expect((await audits("console.signed_out")).at(-1)).toMatchObject({
      actorPlatform: "web",
      actorUserId: "carla@example.com",
    });
  });
});

describe("security headers", () => {
  it("are on the sign-in pages and on every page behind the session", async () => {
    const me = await signInWithLink(app.url, prisma, { platform: "web", userId: "carla@example.com" }, clock);
    for (const [path, headers] of [
      ["/auth/sign-in", {}],
      ["/", me.headers],
    ] as const) {
      const res = await fetch(`${app.url}${path}`, { headers });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
      expect(CONSOLE_CSP).toBe(
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).not.toMatch(/<script|style=/);
    }
  });

  it("make the session cookie HttpOnly and SameSite=Lax", async () => {
    const link = await signInLinkFor(
      app.url,
      prisma,
      { platform: "web", userId: "carla@example.com" },
      clock,
    );
    const browser = new HttpBrowser();
    const page = await browser.go(link);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    const res = await fetch(link, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: browser.jar(app.url).header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: token }),
    });
    const cookie = res.headers.getSetCookie().find((line) => line.startsWith("dpa_console="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // http://127.0.0.1: no PUBLIC_URL with https
  });
});
