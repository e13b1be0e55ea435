// The mail server away, then back, for the e-mails the processor owes: the breach notification
// (art. 6 DPA) and the approval requests of a new sub-processor (art. 9). Each is retried and shown
// as pending meanwhile, never recorded as sent while the server is down, and sent once when it is
// back, also with two instances retrying at the same moment. (The request forward of art. 8 is
// proven the same way in test/integration/dsr/forward-mail.test.ts.) Real nodemailer, real SMTP
// sessions against the fake server, real PostgreSQL; the clock is set, nothing sleeps.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { countPendingEmails } from "../../../src/adapters/db/repositories/pending-email-counts.ts";
import { createBreachDeps } from "../../../src/adapters/deps/breach-deps.ts";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { createMetrics } from "../../../src/adapters/metrics/metrics.ts";
import { loadConfig } from "../../../src/config.ts";
import type { BreachDeps } from "../../../src/domain/breach/breach-deps.ts";
import { closeIncident } from "../../../src/domain/breach/close-incident.ts";
import { buildIncidentMessage } from "../../../src/domain/breach/incident-message.ts";
import { renderContext } from "../../../src/domain/breach/refresh-incident-message.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import { retryPendingNotifications } from "../../../src/domain/breach/retry-notifications.ts";
import { sendCustomerNotification } from "../../../src/domain/breach/send-customer-notification.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { buildCurrentDigest } from "../../../src/scheduler/digest-job.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { RecordingChat, textOf } from "../../fakes/chat/recording-chat.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import {
  fanOutDeps,
  proposalInput,
  STAFF,
  seedCustomerWithApprovers,
  subprocessorDeps,
} from "../../support/subprocessor.ts";
import { ManualClock } from "../scheduler/support.ts";

const actor: Actor = {
  platform: "slack",
  userId: "U0DPO",
  workspaceId: "T1",
  displayName: "Dana Privacy",
  standing: "member",
};
const clock = new ManualClock("2026-05-04T09:00:00Z");

let db: TestDatabase;
let otherPrisma: PrismaClient;
let smtp: FakeSmtp;
let port = 0;
const mailers: Array<ReturnType<typeof createSmtpMailer>> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await grantRoles(db.prisma, actor, "privacy_officer");
  await grantRoles(db.prisma, STAFF, "privacy_officer");
  otherPrisma = createPrismaClient(db.url, { maxConnections: 3 });
  smtp = await new FakeSmtp().start();
  port = smtp.port;
});
afterAll(async () => {
  for (const mailer of mailers) mailer.close();
  await smtp?.stop();
  await otherPrisma?.$disconnect();
  await db?.drop();
});

/** The mail server goes away; connections to its port are refused until it is back. */
const serverDown = () => smtp.stop();
const serverBack = () => smtp.start(port);

function smtpMailer() {
  const mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "dpo@provider.example" });
  mailers.push(mailer);
  return mailer;
}

/** One instance: its own connection pool and SMTP transport. */
function breachDeps(prisma: PrismaClient): BreachDeps {
  return createBreachDeps({
    prisma,
    chat: new RecordingChat(clock),
    clock,
    mailer: smtpMailer(),
    timezone: "Europe/Brussels",
    defaultLanguage: "en",
    logger: createLogger("silent"),
  });
}

let reports = 0;
async function reportIncident(deps: BreachDeps, customerKey: string) {
  const customer = await db.prisma.customer.create({
    data: {
      key: customerKey,
      name: `${customerKey} BV`,
      language: "en",
      contacts: { create: [{ name: "Jan Peeters", email: `jan@${customerKey}.example`, roles: ["breach"] }] },
    },
  });
  const input = validateReport(
    {
      customers: [customer.id],
      discoveredAt: new Date(clock.now().getTime() - 3_600_000),
      description: "Lost USB stick",
    },
    clock.now(),
  );
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const { incident } = await reportBreach(deps, {
    input: input.value,
    idempotencyKey: `smtp-down-${++reports}`,
    actor,
    platform: "slack",
  });
  return { incidentId: incident.id, clockId: incident.customers[0]!.id, email: `jan@${customerKey}.example` };
}

const clockRow = (id: string) => db.prisma.incidentCustomer.findUniqueOrThrow({ where: { id } });
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email)).length;

describe("breach notification with the mail server away", () => {
  it("is pending, never recorded as informed, and mailed once when two instances retry together", async () => {
    const a = breachDeps(db.prisma);
    const b = breachDeps(otherPrisma);
    const target = await reportIncident(a, "acme");
    await serverDown();

    const first = await sendCustomerNotification(a, { ...target, actor, requestKey: "slack:view:VA" });
    expect(first?.outcome).toBe("pending");
    const message = textOf(buildIncidentMessage(first!.incident, await renderContext(a, first!.incident)));
    expect(message).toContain("E-mail not sent yet, tried again automatically at");
    expect(message).toContain("Inform by");
    const digest = textOf(
      await buildCurrentDigest(
        db.prisma,
        clock,
        loadConfig({ TIMEZONE: "Europe/Brussels" }),
        "en",
        "on-demand",
      ),
    );
    expect(digest.split("\n").find((line) => line.includes("acme BV"))).toContain("e-mail not sent yet");
    expect((await countPendingEmails(db.prisma)).notification).toBe(1);
    const metrics = createMetrics({ countPendingEmails: () => countPendingEmails(db.prisma) });
    expect((await metrics.render()).text).toContain('dpa_emails_pending{kind="notification"} 1');

    // Retries while the server stays away: each one pending, later each time, nothing recorded.
    let retryAt = (await clockRow(target.clockId)).notificationRetryAt!;
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      clock.set(retryAt);
      expect(await retryPendingNotifications(a)).toEqual({ sent: 0, pending: 1, failed: 0 });
      const row = await clockRow(target.clockId);
      expect(row).toMatchObject({
        notifiedAt: null,
        notificationMessageId: null,
        notificationSendingUntil: null,
      });
      gaps.push(row.notificationRetryAt!.getTime() - retryAt.getTime());
      retryAt = row.notificationRetryAt!;
    }
    expect(gaps[1]).toBeGreaterThan(gaps[0]!); // back-off, no hot loop
    expect(gaps[2]).toBeGreaterThan(gaps[1]!);
    expect((await clockRow(target.clockId)).notificationAttempts).toBe(4);

    await serverBack();
    clock.set(retryAt);
    const reports = await Promise.all([retryPendingNotifications(a), retryPendingNotifications(b)]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(mailsTo(target.email)).toBe(1);
    const informed = await clockRow(target.clockId);
    expect(informed).toMatchObject({
      notifiedVia: "email",
      notificationRetryAt: null,
      notificationError: null,
    });
    expect(informed.notifiedAt?.getTime()).toBe(retryAt.getTime());
    expect((await countPendingEmails(db.prisma)).notification).toBe(0);
    // In the name of the person who asked for it, once.
    const audit = await db.prisma.auditLog.findMany({
      where: { action: "incident.customer_informed", actorUserId: actor.userId },
    });
    expect(audit.map((row) => row.actorName)).toEqual(["Dana Privacy"]);
  });

  it("takes a 5xx refusal as final: shown, not retried, and a new request sends once fixed", async () => {
    const a = breachDeps(db.prisma);
    const target = await reportIncident(a, "globex");
    smtp.rejectRecipients = true;
    try {
      const refused = await sendCustomerNotification(a, { ...target, actor, requestKey: "slack:view:VB" });
      expect(refused?.outcome).toBe("failed");
      const message = textOf(
        buildIncidentMessage(refused!.incident, await renderContext(a, refused!.incident)),
      );
      expect(message).toContain("E-mail refused by the mail server:");
      expect(message).toContain("550");
      const row = await clockRow(target.clockId);
      expect(row).toMatchObject({ notifiedAt: null, notificationRetryAt: null, notificationSendKey: null });
      clock.advance(24 * 3_600_000);
      expect(await retryPendingNotifications(a)).toEqual({ sent: 0, pending: 0, failed: 0 });
    } finally {
      smtp.rejectRecipients = false;
    }
    const sent = await sendCustomerNotification(a, { ...target, actor, requestKey: "slack:view:VC" });
    expect(sent?.outcome).toBe("sent");
    expect(mailsTo(target.email)).toBe(1);
  });

  it("drops a pending e-mail of an incident that was closed meanwhile", async () => {
    const a = breachDeps(db.prisma);
    const target = await reportIncident(a, "initech");
    await serverDown();
    expect(
      (await sendCustomerNotification(a, { ...target, actor, requestKey: "slack:view:VD" }))?.outcome,
    ).toBe("pending");
    await serverBack();
    await closeIncident(a, { incidentId: target.incidentId, actor, note: "Handled by phone" });
    clock.advance(60 * 60_000);
    expect(await retryPendingNotifications(a)).toEqual({ sent: 0, pending: 0, failed: 0 });
    expect(mailsTo(target.email)).toBe(0);
  });
});

describe("approval requests with the mail server away", () => {
  it("are retried and shown on the proposal as not delivered, never marked sent, then sent once", async () => {
    await seedCustomerWithApprovers(db.prisma, {
      key: "umbrella",
      name: "Umbrella NV",
      approvers: [
        { name: "Ada Approver", email: "ada@umbrella.example" },
        { name: "Bob Approver", email: "bob@umbrella.example" },
      ],
    });
    const chat = new RecordingChat(clock);
    const deps = subprocessorDeps(db.prisma, chat, clock, { emailEnabled: true });
    await grantRoles(db.prisma, STAFF, "privacy_officer");
    const { proposal } = await proposeChange(deps, {
      input: proposalInput({}, { all: true }),
      idempotencyKey: "smtp-down-proposal",
      actor: STAFF,
      language: "en",
      platform: null,
    });
    await deps.proposals.attachMessage(proposal.id, {
      platform: "slack",
      channelId: "C0PROPOSALS",
      messageId: "1.1",
    });
    const env = { PUBLIC_URL: "https://dpa.example", APPROVAL_LINK_DAYS: "30" };
    const fanOut = (prisma: PrismaClient, instanceId: string) =>
      runApprovalFanOut(fanOutDeps(prisma, chat, clock, { mailer: smtpMailer(), env, instanceId }));
    const requests = () =>
      db.prisma.approvalRequest.findMany({
        where: { proposalCustomer: { proposalId: proposal.id }, channel: "email" },
        orderBy: { recipient: "asc" },
      });
    const mailsToApprovers = () => mailsTo("ada@umbrella.example") + mailsTo("bob@umbrella.example");

    await serverDown();
    const down = await fanOut(db.prisma, "one");
    expect(down.sent).toBe(0);
    expect(down.retry).toBeGreaterThanOrEqual(2);
    const waiting = await requests();
    expect(waiting.map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(waiting.every((r) => r.sentAt === null && r.lastError !== null && r.nextAttemptAt !== null)).toBe(
      true,
    );
    // No usable link was left behind by an e-mail that never went.
    expect(
      await db.prisma.approvalLink.count({
        where: { revokedAt: null, approvalRequestId: { in: waiting.map((r) => r.id) } },
      }),
    ).toBe(0);
    const shown = textOf(chat.updates.at(-1)!.message);
    expect(shown).toContain("2 approval requests not delivered yet; retried automatically");
    expect(shown).toMatch(/ECONNREFUSED/);
    expect((await countPendingEmails(db.prisma)).approval).toBe(2);

    await serverBack();
    clock.set(new Date(Math.max(...waiting.map((r) => r.nextAttemptAt!.getTime()))));
    const up = await Promise.all([fanOut(db.prisma, "one"), fanOut(otherPrisma, "two")]);
    expect(up[0].sent + up[1].sent).toBe(2);
    expect(mailsToApprovers()).toBe(2);
    expect((await requests()).map((r) => r.status)).toEqual(["sent", "sent"]);
    expect((await countPendingEmails(db.prisma)).approval).toBe(0);
    expect(textOf(chat.updates.at(-1)!.message)).not.toContain("not delivered yet");

    clock.advance(3_600_000);
    await fanOut(db.prisma, "one");
    expect(mailsToApprovers()).toBe(2);
  });
});
