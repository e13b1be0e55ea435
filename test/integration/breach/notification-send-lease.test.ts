// The lease on a notification e-mail (art. 6 DPA) in PostgreSQL: a sender renews it right before
// the e-mail goes out, and only while it is still its own and has not run out; a sender whose lease
// was taken over neither renews nor records a failure over the one that took over. The slow mail
// server that makes this matter is in test/integration/faults/smtp-slow.test.ts.

import { beforeAll, describe, expect, it } from "vitest";
import { createCustomerDirectory } from "../../../src/adapters/db/repositories/breach-customers.ts";
import { createIncidentRepository } from "../../../src/adapters/db/repositories/incidents.ts";
import type { NotificationSendLease } from "../../../src/domain/breach/incident-repository.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import { MAIL_SEND_LEASE_MS } from "../../../src/domain/mail-send-lease.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { useTestDatabase } from "../../support/db.ts";
import { createAccessControl, grantRoles, STEVE } from "../../support/staff.ts";
import { ManualClock } from "../scheduler/support.ts";

const actor: Actor = STEVE;
const clock = new ManualClock("2026-05-04T09:00:00Z");
const later = (ms: number) => new Date(clock.now().getTime() + ms);
let prisma: PrismaClient;
let clockId: string;

useTestDatabase((db) => {
  prisma = db.prisma;
});

beforeAll(async () => {
  await grantRoles(prisma, actor, "privacy_officer");
  const customer = await prisma.customer.create({
    data: {
      key: "acme",
      name: "Acme BV",
      contacts: { create: [{ name: "Piet", email: "piet@acme.example", roles: ["breach"] }] },
    },
  });
  const input = validateReport(
    {
      customers: [customer.id],
      discoveredAt: new Date("2026-05-04T07:30:00Z"),
      description: "Laptop stolen",
    },
    clock.now(),
  );
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const { incident } = await reportBreach(
    {
      incidents: createIncidentRepository(prisma),
      customers: createCustomerDirectory(prisma),
      access: createAccessControl(prisma),
      clock,
      timezone: "Europe/Brussels",
    },
    { input: input.value, idempotencyKey: "lease", actor, platform: "slack" },
  );
  clockId = incident.customers[0]!.id;
});

const row = () => prisma.incidentCustomer.findUniqueOrThrow({ where: { id: clockId } });

describe("the notification send lease", () => {
  it("is renewed only by its holder while it runs, and a lost one records nothing", async () => {
    const incidents = createIncidentRepository(prisma);
    const first: NotificationSendLease = { requestKey: "slack:view:V1", until: later(MAIL_SEND_LEASE_MS) };
    expect(
      await incidents.claimNotificationSend(clockId, { ...first, now: clock.now(), requestedBy: actor }),
    ).toBe("claimed");

    clock.advance(60_000);
    const renewed = await incidents.renewNotificationSend(
      clockId,
      first,
      clock.now(),
      later(MAIL_SEND_LEASE_MS),
    );
    expect(renewed).toEqual({ requestKey: first.requestKey, until: later(MAIL_SEND_LEASE_MS) });
    expect((await row()).notificationSendingUntil).toEqual(renewed!.until);
    // The lease as it was before the renewal is no longer anyone's.
    expect(
      await incidents.renewNotificationSend(clockId, first, clock.now(), later(MAIL_SEND_LEASE_MS)),
    ).toBeNull();

    // Run out: not renewed, even though nobody has taken it yet.
    clock.set(renewed!.until);
    expect(
      await incidents.renewNotificationSend(clockId, renewed!, clock.now(), later(MAIL_SEND_LEASE_MS)),
    ).toBeNull();

    // The scheduler takes it over (same request); the sender that lost it cannot undo that.
    const retry = await incidents.claimNotificationRetry(clockId, {
      now: clock.now(),
      until: later(MAIL_SEND_LEASE_MS),
    });
    expect(retry?.requestKey).toBe(first.requestKey);
    const taken: NotificationSendLease = { requestKey: first.requestKey, until: later(MAIL_SEND_LEASE_MS) };
    const before = await row();
    expect(
      await incidents.failNotificationSend(clockId, renewed!, { error: "Timeout", retryAt: later(60_000) }),
    ).toBe(false);
    expect(await row()).toEqual(before);

    // The one that holds it records its failure.
    expect(
      await incidents.failNotificationSend(clockId, taken, { error: "Timeout", retryAt: later(60_000) }),
    ).toBe(true);
    expect(await row()).toMatchObject({
      notificationSendingUntil: null,
      notificationError: "Timeout",
      notificationRetryAt: later(60_000),
    });
  });
});
