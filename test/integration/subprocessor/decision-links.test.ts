// Several decision links in one browser, and the decision page behind an HTTPS reverse proxy.
// An approver asked about two proposals can open both links and decide on each (the CSRF token is
// bound to its own link); a POST without its link's token changes nothing. A used, expired or
// already decided link says which proposal and customer it was about. Behind a proxy that
// TRUST_PROXY names, the evidence keeps the client's address from X-Forwarded-For; without it, the
// socket's. Under an https PUBLIC_URL the form's cookie is Secure.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { CookieJar } from "../../support/cookie-jar.ts";
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
/** Behind a proxy on loopback that TRUST_PROXY names, PUBLIC_URL https. */
let proxied: DecisionPageHarness;
/** Reached directly: no TRUST_PROXY, no PUBLIC_URL. */
let direct: DecisionPageHarness;
/** Link paths (/decide/<token>) by approver and sub-processor. */
const links = new Map<string, string>();
const link = (email: string, subProcessor: string) => links.get(`${email} ${subProcessor}`)!;
const BACKUP = "Cloudy Backup Inc";
const MAIL = "Mailer Cloud BV";
const FORWARDED_CLIENT = "203.0.113.7";

beforeAll(async () => {
  await grantRoles(prisma, STAFF, "privacy_officer");
  proxied = await startDecisionPage(prisma, clock, {
    trustProxy: ["loopback"],
    publicUrl: "https://dpa-bot.example.test",
  });
  direct = await startDecisionPage(prisma, clock);
  await seedCustomerWithApprovers(prisma, {
    key: "acme",
    name: "Acme NV",
    language: "nl",
    approvers: [
      { name: "Jan Peeters", email: "jan@acme.example" },
      { name: "An Claes", email: "an@acme.example" },
    ],
  });
  await seedCustomerWithApprovers(prisma, {
    key: "globex",
    name: "Globex BV",
    language: "en",
    approvers: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
  for (const name of [BACKUP, MAIL]) {
    await proposeChange(proxied.deps, {
      input: proposalInput({ subProcessorName: name }),
      idempotencyKey: name,
      actor: STAFF,
      language: "en",
      platform: null,
    });
  }
  const { mailer, smtp, base } = proxied;
  await runApprovalFanOut(fanOutDeps(prisma, null, clock, { mailer, env: { PUBLIC_URL: base } }));
  for (const mail of smtp.received) {
    const about = mail.data.includes(BACKUP) ? BACKUP : MAIL;
    links.set(`${mail.to[0]} ${about}`, new URL(decisionLink(mail)).pathname);
  }
  expect(links.size).toBe(6);
});

afterAll(async () => {
  await proxied?.stop();
  await direct?.stop();
});

/** Opens a link in the browser whose cookies `jar` holds: the form's CSRF token. */
async function open(page: DecisionPageHarness, path: string, jar: CookieJar) {
  const response = await fetch(`${page.base}${path}`, { headers: { cookie: jar.header() } });
  jar.take(response);
  const body = await response.text();
  return { response, body, csrf: body.match(/name="csrf" value="([^"]+)"/)?.[1] ?? "" };
}

function decide(
  page: DecisionPageHarness,
  path: string,
  fields: Record<string, string>,
  jar: CookieJar,
  headers: Record<string, string> = {},
) {
  return fetch(`${page.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function approval(customerKey: string, subProcessor: string) {
  return prisma.proposalCustomer.findFirstOrThrow({
    where: { customer: { key: customerKey }, proposal: { subProcessorName: subProcessor } },
    include: { proposal: true },
  });
}

describe("two decision links in one browser", () => {
  it("refuses a POST without its own link's token, and changes nothing", async () => {
    const jar = new CookieJar();
    const backup = await open(proxied, link("jan@acme.example", BACKUP), jar);
    const mail = await open(proxied, link("jan@acme.example", MAIL), jar);
    expect(backup.csrf).not.toBe(mail.csrf);
    const approve = { decision: "approve", confirm: "yes" };
    expect((await decide(proxied, link("jan@acme.example", BACKUP), approve, jar)).status).toBe(403);
    // The other link's token, with both cookies: bound to its own link, it opens nothing else.
    expect(
      (await decide(proxied, link("jan@acme.example", BACKUP), { ...approve, csrf: mail.csrf }, jar)).status,
    ).toBe(403);
    expect((await approval("acme", BACKUP)).status).toBe("pending");
    expect((await approval("acme", MAIL)).status).toBe("pending");
  });

  it("decides on each of two links opened in turn; the client's address behind the proxy is the evidence", async () => {
    const jar = new CookieJar();
    const backup = await open(proxied, link("jan@acme.example", BACKUP), jar);
    const mail = await open(proxied, link("jan@acme.example", MAIL), jar);

    const forwarded = { "x-forwarded-for": FORWARDED_CLIENT, "x-forwarded-proto": "https" };
    const first = await decide(
      proxied,
      link("jan@acme.example", BACKUP),
      { decision: "approve", confirm: "yes", csrf: backup.csrf },
      jar,
      forwarded,
    );
    jar.take(first);
    expect(first.status).toBe(200);
    const second = await decide(
      proxied,
      link("jan@acme.example", MAIL),
      { decision: "reject", reason: "Not needed", csrf: mail.csrf },
      jar,
      forwarded,
    );
    expect(second.status).toBe(200);

    const backupDecided = await approval("acme", BACKUP);
    expect(backupDecided).toMatchObject({ status: "approved", via: "email_link" });
    expect(backupDecided.evidence).toMatchObject({ ip: FORWARDED_CLIENT });
    expect(await approval("acme", MAIL)).toMatchObject({ status: "rejected", reason: "Not needed" });
  });
});

describe("behind a proxy and not", () => {
  it("makes the form's cookie Secure under an https PUBLIC_URL, and only then", async () => {
    const secure = await open(proxied, link("piet@globex.example", MAIL), new CookieJar());
    expect(secure.response.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
    const plain = await open(direct, link("piet@globex.example", MAIL), new CookieJar());
    expect(plain.response.headers.getSetCookie()[0]).not.toMatch(/;\s*Secure/i);
    expect(plain.response.headers.getSetCookie()[0]).toMatch(
      /HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i,
    );
  });

  it("without TRUST_PROXY keeps the socket's address, whatever X-Forwarded-For says", async () => {
    const jar = new CookieJar();
    const firstTab = await open(direct, link("piet@globex.example", BACKUP), jar);
    // The same link in a second tab of the same browser: the first tab's form stays valid.
    const secondTab = await open(direct, link("piet@globex.example", BACKUP), jar);
    expect(secondTab.csrf).toBe(firstTab.csrf);
    const done = await decide(
      direct,
      link("piet@globex.example", BACKUP),
      { decision: "approve", confirm: "yes", csrf: firstTab.csrf },
      jar,
      { "x-forwarded-for": FORWARDED_CLIENT },
    );
    expect(done.status).toBe(200);
    const evidence = (await approval("globex", BACKUP)).evidence as { ip: string };
    expect(evidence.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});

describe("a link that can no longer be used", () => {
  async function expectNamed(body: string, subProcessor: string, customer: string) {
    const { proposal } = await approval(customer === "Acme NV" ? "acme" : "globex", subProcessor);
    expect(body).toContain(proposal.reference);
    expect(body).toContain(subProcessor);
    expect(body).toContain(customer);
    expect(body).not.toContain("@");
  }

  it("used: says so and names the proposal and customer", async () => {
    const used = await open(proxied, link("jan@acme.example", BACKUP), new CookieJar());
    expect(used.response.status).toBe(410);
    expect(used.body).toContain("al gebruikt");
    await expectNamed(used.body, BACKUP, "Acme NV");
  });

  it("already decided by another approver: says by whom and names the proposal", async () => {
    const other = await open(proxied, link("an@acme.example", MAIL), new CookieJar());
    expect(other.response.status).toBe(409);
    expect(other.body).toContain("Geweigerd door Jan Peeters");
    await expectNamed(other.body, MAIL, "Acme NV");
  });

  it("expired: says so, names the proposal and customer, and changes nothing", async () => {
    const jar = new CookieJar();
    const page = await open(proxied, link("piet@globex.example", MAIL), jar);
    clock.advance(30 * 86_400_000 + 1);
    const expired = await open(proxied, link("piet@globex.example", MAIL), jar);
    expect(expired.response.status).toBe(410);
    expect(expired.body).toContain("expired");
    await expectNamed(expired.body, MAIL, "Globex BV");
    const late = await decide(
      proxied,
      link("piet@globex.example", MAIL),
      { decision: "approve", confirm: "yes", csrf: page.csrf },
      jar,
    );
    expect(late.status).toBe(410);
    expect((await approval("globex", MAIL)).status).toBe("pending");
  });
});
