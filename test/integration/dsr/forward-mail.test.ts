// With SMTP configured, a registered request is forwarded by e-mail through the real nodemailer
// transport to the routed contacts, in the customer's language, with a Slack DM to contacts with a
// Slack identity. Sent once across two instances; a failed send is shown, retried, and never
// recorded as forwarded.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { createDsrDeps } from "../../../src/adapters/deps/dsr-deps.ts";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { loadConfig } from "../../../src/config.ts";
import type { DsrDeps } from "../../../src/domain/dsr/dsr-deps.ts";
import { forwardRequest } from "../../../src/domain/dsr/forward-request.ts";
import { registerRequest } from "../../../src/domain/dsr/register-request.ts";
import { retryFailedForwards } from "../../../src/domain/dsr/retry-forwards.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import { createLogger } from "../../../src/logger.ts";
import { buildCurrentDigest } from "../../../src/scheduler/digest-job.ts";
import { textOf } from "../../fakes/chat/recording-chat.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { leakedDetails, REQUEST_TEXT, SUBJECT_EMAIL, SUBJECT_NAME } from "../../fixtures/dsr/data-subject.ts";
import { captureLogger } from "../scheduler/support.ts";
import { type Harness, INCIDENT_CHANNEL, startHarness, submit } from "../slack/harness.ts";
import { channelTraffic, openRequestForm, seedRequestCustomer } from "./support.ts";

let h: Harness;
let smtp: FakeSmtp;
let mailer: ReturnType<typeof createSmtpMailer>;
const logs = captureLogger();
const CONTACT_SLACK_ID = "U0CONTACT";
const customers: Record<string, string> = {};
const actor: Actor = {
  platform: "slack",
  userId: "U2147483697",
  workspaceId: "T0001",
  displayName: "Steve Peeters",
  standing: "member",
};

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "privacy@provider.example" });
  h = await startHarness({ now: "2026-03-10T10:00:00Z", mailer, logger: logs.logger });
  const globex = await seedRequestCustomer(h.db.prisma, {
    key: "globex",
    name: "Globex Ltd",
    language: "en",
    authority: "AP",
    contacts: [
      { name: "Pat Privacy", email: "privacy@globex.example", roles: ["dsr"], dsrTypes: ["erasure"] },
      {
        name: "Sam Support",
        email: "support@globex.example",
        roles: ["dsr"],
        dsrTypes: ["rectification"],
        slackUserId: CONTACT_SLACK_ID,
      },
      { name: "Dana DPO", email: "dpo@globex.example", roles: ["dpo"] },
    ],
  });
  const initech = await seedRequestCustomer(h.db.prisma, {
    key: "initech",
    name: "Initech BV",
    contacts: [
      { name: "Bill DPO", email: "dpo@initech.example", roles: ["dpo"] },
      { name: "Ivo Incident", email: "security@initech.example", roles: ["breach"] },
    ],
  });
  const hooli = await seedRequestCustomer(h.db.prisma, {
    key: "hooli",
    name: "Hooli NV",
    contacts: [{ name: "Hans Beveiliging", email: "security@hooli.example", roles: ["breach", "approver"] }],
  });
  Object.assign(customers, { globex: globex.id, initech: initech.id, hooli: hooli.id });
});
afterAll(async () => {
  await h?.close();
  mailer?.close();
  await smtp?.stop();
});

async function registerThroughSlack(customer: string, type: string) {
  const view = await openRequestForm(h, { channelId: INCIDENT_CHANNEL, channelName: "incidents" });
  const sent = smtp.received.length;
  await submit(h, view, {
    customer: customers[customer]!,
    type,
    receivedAt: new Date("2026-03-10T09:00:00Z"),
    receivedVia: "web_form",
    subject: `${SUBJECT_NAME}, ${SUBJECT_EMAIL}`,
    requestText: REQUEST_TEXT,
  });
  const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow({
    orderBy: { createdAt: "desc" },
    where: { customerId: customers[customer] },
  });
  return { request, mails: smtp.received.slice(sent) };
}

describe("forwarding by e-mail (art. 8 DPA)", () => {
  it("mails the contact for that type, in the customer's language, with the request in full", async () => {
    const { request, mails } = await registerThroughSlack("globex", "erasure");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(["privacy@globex.example"]);
    expect(mails[0]!.from).toBe("privacy@provider.example");
    const body = mails[0]!.data.replace(/=\r?\n/g, "");
    expect(body).toContain(`${request.reference}: data-subject request (erasure) for Globex Ltd`);
    expect(body).toContain("Dear Pat Privacy");
    expect(body).toContain(SUBJECT_NAME);
    expect(body).toContain("mijn persoonsgegevens te laten wissen");
    // AP customer, received 10 March: the end of Friday 10 April 2026.
    expect(body).toContain("by the end of 10 Apr 2026");
    expect(body).toContain("answer the data subject yourself");
    expect(request).toMatchObject({
      status: "forwarded",
      forwardedVia: "email",
      forwardedToEmails: ["privacy@globex.example"],
    });
    expect(request.forwardMessageId).toMatch(/@/);
  });

  it("routes by type and sends a Slack DM to a contact with a Slack identity", async () => {
    const { mails } = await registerThroughSlack("globex", "rectification");
    expect(mails.map((m) => m.to)).toEqual([["support@globex.example"]]);
    const dm = h.slack.callsOf("chat.postMessage").filter((c) => c.args.channel === CONTACT_SLACK_ID);
    expect(dm).toHaveLength(1);
    expect(JSON.stringify(dm[0]!.args.blocks)).toContain(SUBJECT_NAME);
  });

  it("falls back to the DPO when no dsr contact handles the type, then to the breach contact", async () => {
    expect((await registerThroughSlack("globex", "portability")).mails.map((m) => m.to)).toEqual([
      ["dpo@globex.example"],
    ]);
    const initech = await registerThroughSlack("initech", "access");
    expect(initech.mails.map((m) => m.to)).toEqual([["dpo@initech.example"]]);
    // Dutch for a Dutch-speaking customer.
    expect(initech.mails[0]!.data.replace(/=\r?\n/g, "")).toContain("Beste Bill DPO");
    expect((await registerThroughSlack("hooli", "objection")).mails.map((m) => m.to)).toEqual([
      ["security@hooli.example"],
    ]);
  });

  it("never puts a data subject's detail in a channel message or a log line", () => {
    expect(leakedDetails(channelTraffic(h))).toEqual([]);
    expect(leakedDetails(JSON.stringify(logs.lines()))).toEqual([]);
  });
});

describe("sent once, retried on failure", () => {
  const otherDeps: Array<{ deps: DsrDeps; close: () => Promise<void> }> = [];
  const depsWith = (m: typeof mailer | ReturnType<typeof createSmtpMailer>, prisma = h.db.prisma) =>
    createDsrDeps({
      prisma,
      chat: h.app.chat,
      clock: h.clock,
      mailer: m,
      timezone: "Europe/Brussels",
      defaultLanguage: "en",
      hourlyRateCents: null,
      logger: createLogger("silent"),
    });
  afterAll(async () => {
    for (const o of otherDeps) await o.close();
  });

  async function newRequest(key: string) {
    const { request } = await registerRequest(depsWith(mailer), {
      input: {
        customerId: customers.globex!,
        type: "erasure",
        receivedAt: h.clock.now(),
        receivedVia: "email",
        subject: SUBJECT_NAME,
        requestText: REQUEST_TEXT,
      },
      idempotencyKey: key,
      actor,
      platform: null,
    });
    return request;
  }

  it("mails once when two instances forward the same request at the same moment", async () => {
    const second = createPrismaClient(h.db.url, { maxConnections: 2 });
    otherDeps.push({ deps: depsWith(mailer, second), close: () => second.$disconnect() });
    const request = await newRequest("two-instances");
    const before = smtp.received.length;
    const results = await Promise.all([
      forwardRequest(depsWith(mailer), { requestId: request.id, actor }),
      forwardRequest(depsWith(mailer, second), { requestId: request.id, actor }),
    ]);
    expect(smtp.received.length - before).toBe(1);
    expect(results.map((r) => r.outcome).sort()).toEqual(["sent", "skipped"]);
    const audit = await h.db.prisma.auditLog.count({
      where: { entityId: request.id, action: "request.forwarded" },
    });
    expect(audit).toBe(1);
  });

  it("shows a failed send, never records it as forwarded, and retries it", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const broken = createSmtpMailer({
      smtpUrl: `smtp://127.0.0.1:${closedPort}`,
      from: "privacy@provider.example",
    });
    const request = await newRequest("failing");
    const failed = await forwardRequest(depsWith(broken), { requestId: request.id, actor });
    broken.close();
    expect(failed.outcome).toBe("failed");
    const row = await h.db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "received", forwardedAt: null, forwardAttempts: 1 });
    expect(row.forwardError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.forwardRetryAt).not.toBeNull();
    const digest = textOf(
      await buildCurrentDigest(
        h.db.prisma,
        h.clock,
        loadConfig({ TIMEZONE: "Europe/Brussels" }),
        "en",
        "on-demand",
      ),
    );
    expect(digest.split("\n").find((line) => line.includes(request.reference))).toContain(
      "e-mail not sent yet",
    );

    // Not before the retry time; then the scheduler's retry sends it.
    expect(await retryFailedForwards(depsWith(mailer))).toEqual({ sent: 0, failed: 0 });
    h.clock.set(row.forwardRetryAt!);
    const before = smtp.received.length;
    expect(await retryFailedForwards(depsWith(mailer))).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.length - before).toBe(1);
    const after = await h.db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ status: "forwarded", forwardError: null, forwardRetryAt: null });
  });

  it("forwards a request whose process stopped before sending, or died mid-send, once", async () => {
    const deps = depsWith(mailer);
    const neverTried = await newRequest("stopped-after-registering");
    const diedMidSend = await newRequest("died-mid-send");
    // A sender claimed it and died: its lease holds the row until it runs out.
    const now = h.clock.now();
    expect(
      await deps.requests.claimForwardSend(diedMidSend.id, {
        key: "dead",
        now,
        until: new Date(now.getTime() + 5 * 60_000),
      }),
    ).toBe("claimed");
    expect(await retryFailedForwards(deps)).toEqual({ sent: 0, failed: 0 }); // too early for both

    h.clock.advance(5 * 60_000);
    const before = smtp.received.length;
    expect(await retryFailedForwards(deps)).toEqual({ sent: 2, failed: 0 });
    expect(await retryFailedForwards(deps)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.length - before).toBe(2);
    for (const id of [neverTried.id, diedMidSend.id]) {
      expect((await h.db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
        "forwarded",
      );
    }
  });
});
