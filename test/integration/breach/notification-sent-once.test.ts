// The Bijlage 3 e-mail to a customer goes out once per request, whichever process handles it: two
// processes (each with its own Prisma client and SMTP transport) sending at the same moment mail
// the customer once; a failed send stays pending under its request (see test/integration/faults/smtp-down.test.ts).

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { createBreachDeps } from "../../../src/adapters/deps/breach-deps.ts";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import type { BreachDeps } from "../../../src/domain/breach/breach-deps.ts";
import { BreachRefusal } from "../../../src/domain/breach/breach-error.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import { sendCustomerNotification } from "../../../src/domain/breach/send-customer-notification.ts";
import type { Actor, Mailer } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { grantRoles, STEVE } from "../../support/staff.ts";

const actor: Actor = STEVE;
const clock = { now: () => new Date("2026-05-04T09:00:00Z") };

let db: TestDatabase;
let otherPrisma: PrismaClient;
let smtp: FakeSmtp;
const mailers: Array<ReturnType<typeof createSmtpMailer>> = [];
let customerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await grantRoles(db.prisma, actor, "privacy_officer");
  otherPrisma = createPrismaClient(db.url, { maxConnections: 5 });
  smtp = await new FakeSmtp().start();
  const customer = await db.prisma.customer.create({
    data: {
      key: "acme",
      name: "Acme BV",
      contacts: { create: [{ name: "Jan Peeters", email: "jan@acme.example", roles: ["breach"] }] },
    },
  });
  customerId = customer.id;
});
afterAll(async () => {
  for (const mailer of mailers) mailer.close();
  await smtp?.stop();
  await otherPrisma?.$disconnect();
  await db?.drop();
});
beforeEach(() => {
  smtp.received.length = 0;
});

/** One process: its own connection pool and its own SMTP transport. */
function processDeps(prisma: PrismaClient, mailer?: Mailer): BreachDeps {
  const smtpMailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpo@provider.example" });
  mailers.push(smtpMailer);
  return createBreachDeps({
    prisma,
    chat: new RecordingChat(clock),
    clock,
    mailer: mailer ?? smtpMailer,
    timezone: "Europe/Brussels",
    defaultLanguage: "en",
    logger: createLogger("silent"),
  });
}

let reports = 0;
async function reportIncident(deps: BreachDeps) {
  const input = validateReport(
    {
      customers: [customerId],
      discoveredAt: new Date("2026-05-04T08:00:00Z"),
      description: "Customer list e-mailed to the wrong address",
    },
    clock.now(),
  );
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const { incident } = await reportBreach(deps, {
    input: input.value,
    idempotencyKey: `report-${++reports}`,
    actor,
    platform: "slack",
  });
  return { incidentId: incident.id, clockId: incident.customers[0]!.id };
}

const clockRow = (clockId: string) =>
  db.prisma.incidentCustomer.findUniqueOrThrow({ where: { id: clockId } });

describe("e-mailing the notification from two processes", () => {
  it("mails once when the same request reaches both processes at the same moment", async () => {
    const a = processDeps(db.prisma);
    const b = processDeps(otherPrisma);
    const target = await reportIncident(a);
    const command = { ...target, actor, requestKey: "slack:view:V1" };

    const results = await Promise.all([
      sendCustomerNotification(a, command),
      sendCustomerNotification(b, command),
    ]);

    expect(smtp.received).toHaveLength(1);
    const sent = results.filter((r) => r !== null);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.outcome).toBe("sent");
    const messageId = sent[0]!.outcome === "sent" ? sent[0]!.messageId : "";
    expect((await clockRow(target.clockId)).notificationMessageId).toBe(messageId);
  });

  it("mails once when two dialogs send at the same moment; the other is told it is under way", async () => {
    const a = processDeps(db.prisma);
    const b = processDeps(otherPrisma);
    const target = await reportIncident(a);

    const results = await Promise.allSettled([
      sendCustomerNotification(a, { ...target, actor, requestKey: "slack:view:V2" }),
      sendCustomerNotification(b, { ...target, actor, requestKey: "slack:view:V3" }),
    ]);

    expect(smtp.received).toHaveLength(1);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(BreachRefusal);
    expect((reason as BreachRefusal).key).toBe("breach.error.notificationSending");
  });

  it("does not mail again for a late repeat of a request that has sent", async () => {
    const a = processDeps(db.prisma);
    const b = processDeps(otherPrisma);
    const target = await reportIncident(a);
    const command = { ...target, actor, requestKey: "slack:view:V4" };

    expect(await sendCustomerNotification(a, command)).not.toBeNull();
    expect(await sendCustomerNotification(b, command)).toBeNull();
    expect(smtp.received).toHaveLength(1);

    // A new request (a later update of the notification) is sent as before.
    expect(await sendCustomerNotification(b, { ...command, requestKey: "slack:view:V5" })).not.toBeNull();
    expect(smtp.received).toHaveLength(2);
  });

  it("keeps a failed send pending: a repeat of the request mails nothing, a new request sends now", async () => {
    const failing: Mailer = {
      send: async () => {
        throw new Error("connect ECONNREFUSED");
      },
    };
    const a = processDeps(db.prisma, failing);
    const b = processDeps(otherPrisma);
    const target = await reportIncident(a);
    const command = { ...target, actor, requestKey: "slack:view:V6" };

    expect((await sendCustomerNotification(a, command))?.outcome).toBe("pending");
    const pending = await clockRow(target.clockId);
    expect(pending.notificationSendingUntil).toBeNull();
    expect(pending.notifiedAt).toBeNull();
    expect(pending.notificationRetryAt).not.toBeNull();

    // The same request delivered again (to the other process): the pending e-mail is the scheduler's.
    expect(await sendCustomerNotification(b, command)).toBeNull();
    expect(smtp.received).toHaveLength(0);

    // Someone asks again from a new dialog: tried at once, and it goes out.
    const sent = await sendCustomerNotification(b, { ...command, requestKey: "slack:view:V7" });
    expect(sent?.outcome).toBe("sent");
    expect(smtp.received).toHaveLength(1);
    const recorded = await clockRow(target.clockId);
    expect(recorded.notificationMessageId).toBe(sent?.outcome === "sent" ? sent.messageId : "");
    expect(recorded).toMatchObject({
      notificationSendingUntil: null,
      notificationRetryAt: null,
      notificationError: null,
    });
  });
});
