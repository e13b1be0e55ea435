// The e-mail path end to end: the fan-out job mails each approver through real SMTP (the fake SMTP
// server), the link is followed over HTTP, the decision is POSTed with its CSRF token; then a
// reused, an expired and a tampered link each get a clear page and change nothing.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DECISION_PATH } from "../../../src/adapters/web/decision-page/decision-router.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { SubprocessorDeps } from "../../../src/domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { useTestDatabase } from "../../support/db.ts";
import { type DecisionPageHarness, startDecisionPage } from "../../support/decision-page.ts";
import { decisionLink, mailBody } from "../../support/mail.ts";
import { grantRoles } from "../../support/staff.ts";
import { fanOutDeps, proposalInput, STAFF, seedCustomerWithApprovers } from "../../support/subprocessor.ts";
import { ManualClock } from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const clock = new ManualClock("2027-02-01T09:00:00Z");
let page: DecisionPageHarness;
let base = "";
let deps: SubprocessorDeps;
let mailer: DecisionPageHarness["mailer"];
let smtp: DecisionPageHarness["smtp"];
const links: Record<string, string> = {};
let acme: { id: string };
let globex: { id: string };

beforeAll(async () => {
  page = await startDecisionPage(prisma, clock);
  ({ base, deps, mailer, smtp } = page);
  acme = await seedCustomerWithApprovers(prisma, {
    key: "acme",
    name: "Acme NV",
    language: "nl",
    approvers: [
      { name: "Jan Peeters", email: "jan@acme.example" },
      { name: "An Claes", email: "an@acme.example" },
    ],
  });
  globex = await seedCustomerWithApprovers(prisma, {
    key: "globex",
    name: "Globex BV",
    language: "en",
    approvers: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
});

afterAll(async () => {
  await page?.stop();
});

async function state(customerId: string) {
  return prisma.proposalCustomer.findFirstOrThrow({ where: { customerId } });
}

/** Opens the page like a browser: returns the form's CSRF token and the cookie it set. */
async function openPage(url: string) {
  const response = await fetch(url);
  const body = await response.text();
  const csrf = body.match(/name="csrf" value="([^"]+)"/)?.[1] ?? "";
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  return { response, body, csrf, cookie };
}

function post(url: string, fields: Record<string, string>, cookie = "") {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      "user-agent": "Test Browser 1.0",
    },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
}

describe("the e-mail link", () => {
  it("mails every approver a personal link in the customer's language", async () => {
    await grantRoles(prisma, STAFF, "privacy_officer");
    await proposeChange(deps, {
      input: proposalInput(),
      idempotencyKey: "mail-1",
      actor: STAFF,
      language: "en",
      platform: null,
    });
    const report = await runApprovalFanOut(
      fanOutDeps(prisma, null, clock, { mailer, env: { PUBLIC_URL: base, APPROVAL_LINK_DAYS: "30" } }),
    );
    expect(report.sent).toBe(3);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      "an@acme.example",
      "jan@acme.example",
      "piet@globex.example",
    ]);
    for (const mail of smtp.received) links[mail.to[0]!] = decisionLink(mail);
    const jan = smtp.received.find((m) => m.to[0] === "jan@acme.example")!;
    expect(mailBody(jan).text).toContain("Beste Jan Peeters");
    expect(mailBody(jan).text).toContain("buiten de Europese Economische Ruimte");
    expect(new Set(Object.values(links)).size).toBe(3);
    // Only the hash of a token is stored.
    const stored = await prisma.approvalLink.findMany();
    for (const link of Object.values(links)) {
      const token = link.split("/").at(-1)!;
      expect(stored.some((s) => s.tokenHash.includes(token))).toBe(false);
    }
  });

  it("shows the proposal with the art. 3.7 warning, in Dutch for a Dutch-speaking customer", async () => {
    const { response, body, csrf, cookie } = await openPage(links["jan@acme.example"]!);
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain("Toestemming voor subverwerker Cloudy Backup Inc");
    expect(body).toContain("Art. 3.7 verwerkersovereenkomst");
    expect(body).not.toContain("<script");
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // One cookie per link (named after it), so that several open links each keep their own.
    expect(cookie).toMatch(new RegExp(`^dpa_csrf_[0-9a-f-]{36}=${csrf}$`));
  });

  it("refuses a POST without the CSRF token or without the confirmation, and changes nothing", async () => {
    const url = links["jan@acme.example"]!;
    const { csrf, cookie } = await openPage(url);
    expect((await post(url, { decision: "approve", confirm: "yes" })).status).toBe(403);
    expect((await post(url, { decision: "approve", confirm: "yes", csrf })).status).toBe(403); // no cookie
    expect(
      (await post(url, { decision: "approve", confirm: "yes", csrf: "x".repeat(43) }, cookie)).status,
    ).toBe(403);
    const unconfirmed = await post(url, { decision: "approve", csrf }, cookie);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("bevestig de toestemming");
    const noReason = await post(url, { decision: "reject", reason: " ", csrf }, cookie);
    expect(noReason.status).toBe(400);
    expect((await state(acme.id)).status).toBe("pending");
    expect(await prisma.approvalLink.count({ where: { usedAt: { not: null } } })).toBe(0);
  });

  it("records the decision with its evidence; the link is then used up", async () => {
    const url = links["jan@acme.example"]!;
    const { csrf, cookie } = await openPage(url);
    const done = await post(url, { decision: "approve", confirm: "yes", csrf }, cookie);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Uw beslissing is geregistreerd: Goedgekeurd door Jan Peeters");
    const decided = await state(acme.id);
    expect(decided).toMatchObject({
      status: "approved",
      via: "email_link",
      decidedByName: "Jan Peeters",
      nonEeaConfirmed: true,
    });
    const link = await prisma.approvalLink.findFirstOrThrow({ where: { usedAt: { not: null } } });
    expect(decided.evidence).toMatchObject({
      linkId: link.id,
      ip: expect.stringContaining("127.0.0.1"),
      userAgent: "Test Browser 1.0",
    });
    expect(
      await prisma.customerSubProcessor.count({ where: { customerId: acme.id, status: "approved" } }),
    ).toBe(1);
    expect(
      await prisma.auditLog.count({
        where: { action: "subprocessor.approved", actorPlatform: "email", actorUserId: "jan@acme.example" },
      }),
    ).toBe(1);
  });

  it("a reused link says it was used; the other approver's link says who decided", async () => {
    const reused = await openPage(links["jan@acme.example"]!);
    expect(reused.response.status).toBe(410);
    expect(reused.body).toContain("al gebruikt");
    expect((await post(links["jan@acme.example"]!, { decision: "reject", reason: "x" })).status).toBe(410);
    const other = await openPage(links["an@acme.example"]!);
    expect(other.response.status).toBe(409);
    expect(other.body).toContain("Goedgekeurd door Jan Peeters");
    expect((await state(acme.id)).status).toBe("approved");
  });

  it("a tampered link is refused as invalid", async () => {
    const url = links["piet@globex.example"]!;
    const last = url.at(-1)!;
    const tampered = url.slice(0, -1) + (last === "A" ? "B" : "A");
    const page = await openPage(tampered);
    expect(page.response.status).toBe(404);
    expect(page.body).toContain("not valid");
    expect((await openPage(`${base}${DECISION_PATH}/<script>`)).response.status).toBe(404);
    expect((await state(globex.id)).status).toBe("pending");
  });

  it("an expired link is refused and changes nothing", async () => {
    const url = links["piet@globex.example"]!;
    const { csrf, cookie } = await openPage(url);
    clock.advance(30 * 86_400_000 + 1);
    const expired = await openPage(url);
    expect(expired.response.status).toBe(410);
    expect(expired.body).toContain("expired");
    expect((await post(url, { decision: "approve", confirm: "yes", csrf }, cookie)).status).toBe(410);
    expect((await state(globex.id)).status).toBe("pending");
  });
});
