// The decision page in a real headless Chromium, as an approver opens it from the e-mail: plain
// HTML without JavaScript, labelled controls, the art. 3.7 confirmation outside the EEA, field
// errors announced, and the decision recorded once.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { launchChromium } from "../../support/browser.ts";
import { useTestDatabase } from "../../support/db.ts";
import { type DecisionPageHarness, startDecisionPage } from "../../support/decision-page.ts";
import { decisionLink } from "../../support/mail.ts";
import { grantRoles } from "../../support/staff.ts";
import { fanOutDeps, proposalInput, STAFF, seedCustomerWithApprovers } from "../../support/subprocessor.ts";
import { ManualClock } from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const clock = new ManualClock("2027-02-01T09:00:00Z");
let page: DecisionPageHarness;
let browser: Browser;
let link = "";

beforeAll(async () => {
  page = await startDecisionPage(prisma, clock);
  const { deps, mailer, base } = page;
  await seedCustomerWithApprovers(prisma, {
    key: "globex",
    name: "Globex <BV> & Co",
    language: "en",
    approvers: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
  await grantRoles(prisma, STAFF, "privacy_officer");
  await proposeChange(deps, {
    input: proposalInput({ purpose: 'Backups <script>alert("x")</script>' }),
    idempotencyKey: "browser-1",
    actor: STAFF,
    language: "en",
    platform: null,
  });
  await runApprovalFanOut(fanOutDeps(prisma, null, clock, { mailer, env: { PUBLIC_URL: base } }));
  link = decisionLink(page.smtp.received[0]!);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await page?.stop();
});

describe("the decision page in Chromium", () => {
  it("is usable without JavaScript and records the approval after the art. 3.7 confirmation", {
    timeout: 60_000,
  }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(link);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Consent for sub-processor Cloudy Backup Inc",
    );
    // People's text is shown as text, never run as markup.
    expect(await page.getByText("For Globex <BV> & Co, asked of Piet Jansen.").count()).toBe(1);
    expect(await page.getByText('Backups <script>alert("x")</script>').count()).toBe(1);
    expect(await page.locator("#non-eea-warning").textContent()).toContain(
      "outside the European Economic Area",
    );

    await page.getByLabel("Approve").check();
    await page.getByRole("button", { name: "Send decision" }).click();
    expect(await page.getByRole("alert").textContent()).toContain(
      "confirm the consent to processing outside the EEA",
    );
    expect((await prisma.proposalCustomer.findFirstOrThrow()).status).toBe("pending");

    await page.getByLabel("Approve").check();
    await page.getByLabel(/I consent to processing outside the European Economic Area/).check();
    await page.getByRole("button", { name: "Send decision" }).click();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Thank you");
    expect(await page.getByRole("status").textContent()).toContain("Approved by Piet Jansen");
    expect(dialogs).toEqual([]);

    const decided = await prisma.proposalCustomer.findFirstOrThrow();
    expect(decided).toMatchObject({ status: "approved", via: "email_link", nonEeaConfirmed: true });
    expect(String((decided.evidence as { userAgent: string }).userAgent)).toMatch(/Chrome/);

    // The link from the e-mail, opened again: used once, it changes nothing more.
    await page.goto(link);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("This link cannot be used");
    await context.close();
  });
});
