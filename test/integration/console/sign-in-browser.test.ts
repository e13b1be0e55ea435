// The sign-in in a real Chromium: the sign-in page in three languages (screenshots, axe), a real
// OpenID Connect sign-in through the provider's own login page, the console's frame, and
// sign-out; then a one-time link's page and its button.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeStaffRole } from "../../../src/adapters/db/repositories/staff.ts";
import { createPlaceholderOverview } from "../../../src/adapters/web/console/placeholder-overview.ts";
import { launchChromium } from "../../support/browser.ts";
import { type SignInConsole, signInLinkFor, startSignInConsole } from "../../support/console-sign-in.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import {
  listenTestOpenIdProvider,
  TEST_CLIENT,
  type TestOpenIdProvider,
} from "../../support/openid-provider.ts";

const SHOTS = "test-results/console";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let db: TestDatabase;
useTestDatabase((created) => {
  db = created;
});

let browser: Browser;
let provider: TestOpenIdProvider;
let app: SignInConsole;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  provider = await listenTestOpenIdProvider();
  app = await startSignInConsole(db.prisma, {
    pages: [createPlaceholderOverview()],
    oidc: {
      enabled: true,
      issuerUrl: provider.issuer,
      clientId: TEST_CLIENT.id,
      clientSecret: TEST_CLIENT.secret,
    },
  });
  provider.start(`${app.url}/auth/callback`, {
    carla: { email: "carla@example.com", email_verified: true, name: "Carla Peeters" },
  });
  await changeStaffRole(
    db.prisma,
    { platform: "web", userId: "carla@example.com", role: "privacy_officer" },
    "grant",
    { platform: "cli", userId: "root", displayName: "root" },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.close();
});

/** axe-core in the page: its context bypasses the CSP, which (rightly) refuses any script. */
async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> };
      }
    ).axe;
    return axe.run();
  });
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);
}

describe("signing in with a browser", () => {
  it.each([
    ["en", "Sign in with 127.0.0.1"],
    ["nl", "Aanmelden met 127.0.0.1"],
    ["fr", "Se connecter avec 127.0.0.1"],
  ] as const)(
    "shows the sign-in page in %s",
    async (language, button) => {
      const context = await browser.newContext({
        locale: language,
        extraHTTPHeaders: { "accept-language": language },
      });
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      expect(new URL(page.url()).pathname).toBe("/auth/sign-in");
      await expect(page.getByRole("link", { name: button }).isVisible()).resolves.toBe(true);
      expect(await page.locator("html").getAttribute("lang")).toBe(language);
      await page.screenshot({ path: `${SHOTS}/sign-in-${language}.png`, fullPage: true });
      await context.close();
    },
    30_000,
  );

  it("signs in through the provider's login page and out again", async () => {
    const context = await browser.newContext({ locale: "en", bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/auth/sign-in`);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sign in with 127.0.0.1" }).click();
    await page.getByLabel("Account").fill("carla");
    await Promise.all([
      page.waitForURL(`${app.url}/`),
      page.getByRole("button", { name: "Continue" }).click(),
    ]);
    await expect(page.getByText("Signed in as Carla Peeters").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/signed-in-en.png`, fullPage: true });
    await expectAccessible(page);
    await Promise.all([
      page.waitForURL(`${app.url}/auth/signed-out`),
      page.getByRole("button", { name: "Sign out" }).click(),
    ]);
    await expect(page.getByRole("heading", { name: "You are signed out" }).isVisible()).resolves.toBe(true);
    const session = await db.prisma.consoleSession.findFirstOrThrow({
      where: { userId: "carla@example.com" },
    });
    expect(session.signedOutAt).not.toBeNull();
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe("/auth/sign-in");
    await context.close();
  }, 45_000);

  it("signs in with a one-time link's button, in the person's browser language", async () => {
    const context = await browser.newContext({
      locale: "fr",
      extraHTTPHeaders: { "accept-language": "fr" },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(
      await signInLinkFor(app.url, db.prisma, { platform: "web", userId: "carla@example.com" }),
    );
    await page.screenshot({ path: `${SHOTS}/sign-in-link-fr.png`, fullPage: true });
    await expectAccessible(page);
    await Promise.all([
      page.waitForURL(`${app.url}/`),
      page.getByRole("button", { name: "Se connecter" }).click(),
    ]);
    await expect(page.getByText("Connecté en tant que").isVisible()).resolves.toBe(true);
    await context.close();
  }, 30_000);
});
