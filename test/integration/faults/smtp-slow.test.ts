// A mail server that hangs or is slow, for the e-mails the processor owes: the breach notification
// (art. 6 DPA), the forward of a data-subject request (art. 8) and the approval requests of a new
// sub-processor with their personal decision links (art. 9). The SMTP transport gives up within
// its timeouts, and a sender checks its lease right before it sends: when the server hangs until
// the lease has run out and another instance has taken the e-mail over, the customer still gets it
// once. An approval e-mail sent again never cuts off the link of one that may have arrived.
// Real nodemailer over real sockets against the fake server, real PostgreSQL; the lease runs out by
// setting the clock, and the transport's waits are made short for the test (the transport on its
// own: smtp-slow-transport.test.ts).

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { findApprovalLink } from "../../../src/adapters/db/repositories/approval-links.ts";
import { createBreachDeps } from "../../../src/adapters/deps/breach-deps.ts";
import { createDsrDeps } from "../../../src/adapters/deps/dsr-deps.ts";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import type { SmtpTimeouts } from "../../../src/adapters/mail/smtp-timeouts.ts";
import { BreachRefusal } from "../../../src/domain/breach/breach-error.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import { retryPendingNotifications } from "../../../src/domain/breach/retry-notifications.ts";
import { sendCustomerNotification } from "../../../src/domain/breach/send-customer-notification.ts";
import { forwardRequest } from "../../../src/domain/dsr/forward-request.ts";
import { registerRequest } from "../../../src/domain/dsr/register-request.ts";
import { retryFailedForwards } from "../../../src/domain/dsr/retry-forwards.ts";
import { MAIL_SEND_LEASE_MS } from "../../../src/domain/mail-send-lease.ts";
import type { Actor, Mailer } from "../../../src/domain/ports.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { REQUEST_TEXT, SUBJECT_NAME } from "../../fixtures/dsr/data-subject.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { decisionLink } from "../../support/mail.ts";
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
/** Waits short enough for a test, in the proportions of SMTP_TIMEOUTS. */
const QUICK: SmtpTimeouts = { connectionMs: 500, greetingMs: 500, socketMs: 1_000, sendMs: 5_000 };

let db: TestDatabase;
let otherPrisma: PrismaClient;
let smtp: FakeSmtp;
const mailers: Array<ReturnType<typeof createSmtpMailer>> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await grantRoles(db.prisma, actor, "privacy_officer");
  await grantRoles(db.prisma, STAFF, "privacy_officer");
  otherPrisma = createPrismaClient(db.url, { maxConnections: 3 });
  smtp = await new FakeSmtp().start();
});
afterEach(() => smtp.release());
afterAll(async () => {
  for (const mailer of mailers) mailer.close();
  await smtp?.stop();
  await otherPrisma?.$disconnect();
  await db?.drop();
});

function smtpMailer(timeouts?: SmtpTimeouts) {
  const mailer = createSmtpMailer({
    smtpUrl: smtp.url,
    from: "dpo@provider.example",
    ...(timeouts ? { timeouts } : {}),
  });
  mailers.push(mailer);
  return mailer;
}

const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

/**
 * The mail server hangs on the first instance's session until that instance's lease has run out
 * (the clock is moved past it): then `takeOver` runs, as the second instance, while it still hangs.
 * Resolves with what the first instance's attempt came to.
 */
async function hangUntilLeaseRunsOut<T>(first: () => Promise<T>, takeOver: () => Promise<void>): Promise<T> {
  smtp.stall("greeting");
  const hung = smtp.stalled();
  const attempt = first();
  await hung;
  clock.advance(MAIL_SEND_LEASE_MS + 1_000);
  await takeOver();
  return attempt;
}

describe("breach notification with a mail server that hangs", () => {
  it("reaches the customer once: the first sender gives up and undoes nothing of the second", async () => {
    const deps = (prisma: PrismaClient, mailer: Mailer) =>
      createBreachDeps({
        prisma,
        chat: new RecordingChat(clock),
        clock,
        mailer,
        timezone: "Europe/Brussels",
        defaultLanguage: "en",
        logger: createLogger("silent"),
      });
    const a = deps(db.prisma, smtpMailer(QUICK));
    const b = deps(otherPrisma, smtpMailer());
    const customer = await db.prisma.customer.create({
      data: {
        key: "acme",
        name: "Acme BV",
        language: "en",
        contacts: { create: [{ name: "Jan Peeters", email: "jan@acme.example", roles: ["breach"] }] },
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
    const { incident } = await reportBreach(a, {
      input: input.value,
      idempotencyKey: "smtp-slow-breach",
      actor,
      platform: "slack",
    });
    const clockId = incident.customers[0]!.id;

    const first = await hangUntilLeaseRunsOut(
      () =>
        sendCustomerNotification(a, {
          incidentId: incident.id,
          clockId,
          actor,
          requestKey: "slack:view:VA",
        }).then(
          () => expect.unreachable("the first send should have been given up"),
          (error: unknown) => error,
        ),
      async () => {
        expect(await retryPendingNotifications(b)).toEqual({ sent: 1, pending: 0, failed: 0 });
      },
    );
    // Its send failed; by then the e-mail was another's, so it records nothing over what that one
    // did, and tells the person it is being sent.
    expect(first).toBeInstanceOf(BreachRefusal);
    expect((first as BreachRefusal).key).toBe("breach.error.notificationSending");
    smtp.release();
    expect(mailsTo("jan@acme.example")).toHaveLength(1);
    const row = () => db.prisma.incidentCustomer.findUniqueOrThrow({ where: { id: clockId } });
    expect(await row()).toMatchObject({
      notifiedVia: "email",
      notificationRetryAt: null,
      notificationError: null,
      notificationSendingUntil: null,
    });

    clock.advance(24 * 3_600_000);
    expect(await retryPendingNotifications(a)).toEqual({ sent: 0, pending: 0, failed: 0 });
    expect(await retryPendingNotifications(b)).toEqual({ sent: 0, pending: 0, failed: 0 });
    expect(mailsTo("jan@acme.example")).toHaveLength(1);
  });
});

describe("request forward with a mail server that hangs", () => {
  it("reaches the contact once: the first sender gives up and shows no failure", async () => {
    const deps = (prisma: PrismaClient, mailer: Mailer) =>
      createDsrDeps({
        prisma,
        chat: new RecordingChat(clock),
        clock,
        mailer,
        timezone: "Europe/Brussels",
        defaultLanguage: "en",
        hourlyRateCents: null,
        logger: createLogger("silent"),
      });
    const a = deps(db.prisma, smtpMailer(QUICK));
    const b = deps(otherPrisma, smtpMailer());
    const customer = await db.prisma.customer.create({
      data: {
        key: "globex",
        name: "Globex Ltd",
        language: "en",
        contacts: { create: [{ name: "Pat Privacy", email: "privacy@globex.example", roles: ["dsr"] }] },
      },
    });
    const { request } = await registerRequest(a, {
      input: {
        customerId: customer.id,
        type: "erasure",
        receivedAt: clock.now(),
        receivedVia: "email",
        subject: SUBJECT_NAME,
        requestText: REQUEST_TEXT,
      },
      idempotencyKey: "smtp-slow-forward",
      actor,
      platform: null,
    });

    const first = await hangUntilLeaseRunsOut(
      () => forwardRequest(a, { requestId: request.id, actor }),
      async () => {
        expect(await retryFailedForwards(b)).toEqual({ sent: 1, failed: 0 });
      },
    );
    expect(first.outcome).toBe("skipped");
    smtp.release();
    expect(mailsTo("privacy@globex.example")).toHaveLength(1);
    const row = () => db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(await row()).toMatchObject({ status: "forwarded", forwardError: null, forwardRetryAt: null });

    clock.advance(24 * 3_600_000);
    expect(await retryFailedForwards(a)).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo("privacy@globex.example")).toHaveLength(1);
  });
});

describe("approval requests with a mail server that hangs", () => {
  const chat = new RecordingChat(clock);
  const env = { PUBLIC_URL: "https://dpa.example", APPROVAL_LINK_DAYS: "30" };
  const fanOut = (prisma: PrismaClient, instanceId: string, mailer: Mailer) =>
    runApprovalFanOut(fanOutDeps(prisma, chat, clock, { mailer, env, instanceId }));

  async function propose(key: string, approvers: string[]) {
    const customer = await seedCustomerWithApprovers(db.prisma, {
      key,
      name: `${key} NV`,
      language: "en",
      approvers: approvers.map((email) => ({ name: email.split("@")[0]!, email })),
    });
    const deps = subprocessorDeps(db.prisma, chat, clock, { emailEnabled: true });
    const { proposal } = await proposeChange(deps, {
      input: proposalInput({}, { all: false, ids: [customer.id] }),
      idempotencyKey: `smtp-slow-${key}`,
      actor: STAFF,
      language: "en",
      platform: null,
    });
    const requests = () =>
      db.prisma.approvalRequest.findMany({
        where: { proposalCustomer: { proposalId: proposal.id }, channel: "email" },
        orderBy: { recipient: "asc" },
      });
    return { requests };
  }

  const linkStatus = async (url: string) =>
    (await findApprovalLink(db.prisma, url.split("/decide/")[1]!, clock.now())).status;

  it("are sent once each: the first instance sends nothing once its lease has run out", async () => {
    const { requests } = await propose("umbrella", ["ada@umbrella.example", "bob@umbrella.example"]);

    const first = await hangUntilLeaseRunsOut(
      () => fanOut(db.prisma, "one", smtpMailer(QUICK)),
      async () => {
        await fanOut(otherPrisma, "two", smtpMailer());
      },
    );
    // Its first e-mail timed out; for the second its lease had run out, so it did not send it.
    expect(first).toMatchObject({ sent: 0, lostLease: 1 });
    smtp.release();
    // Should the first instance have given up before the second claimed, Ada's comes with the retry.
    clock.advance(24 * 3_600_000);
    await fanOut(otherPrisma, "two", smtpMailer());

    expect((await requests()).map((r) => r.status)).toEqual(["sent", "sent"]);
    for (const approver of ["ada@umbrella.example", "bob@umbrella.example"]) {
      const mails = mailsTo(approver);
      expect(mails).toHaveLength(1);
      expect(await linkStatus(decisionLink(mails[0]!))).toBe("ok");
    }
  });

  it("sent again after the server took the first but never confirmed it, keep the first link working", async () => {
    const { requests } = await propose("initech", ["ivo@initech.example"]);
    smtp.stall("message-end");
    const hung = smtp.stalled();
    const first = fanOut(db.prisma, "one", smtpMailer(QUICK));
    await hung; // the server has the e-mail (it will deliver it) but does not say so
    clock.advance(MAIL_SEND_LEASE_MS + 1_000);
    await fanOut(otherPrisma, "two", smtpMailer());
    await first;
    smtp.release();
    // Had the first instance given up before the second claimed, the retry sends it again.
    clock.advance(24 * 3_600_000);
    await fanOut(otherPrisma, "two", smtpMailer());

    expect((await requests()).map((r) => r.status)).toEqual(["sent"]);
    // SMTP gave no answer for the first: sent again, and the link in either e-mail opens the page.
    const mails = mailsTo("ivo@initech.example");
    expect(mails).toHaveLength(2);
    const links = mails.map(decisionLink);
    expect(new Set(links).size).toBe(2);
    for (const link of links) expect(await linkStatus(link)).toBe("ok");
  });
});
