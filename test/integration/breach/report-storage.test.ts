// Storing a report: the incident the repository hands back (built without reading it again) is the
// one a read gives; the reference, timeline entry and audit row are written with it; concurrent
// reports get consecutive references; concurrent deliveries of one submission make one incident.

import { beforeAll, describe, expect, it } from "vitest";
import { createCustomerDirectory } from "../../../src/adapters/db/repositories/breach-customers.ts";
import { createIncidentRepository } from "../../../src/adapters/db/repositories/incidents.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { useTestDatabase } from "../../support/db.ts";
import { createAccessControl, STEVE } from "../../support/staff.ts";

const actor: Actor = STEVE;
const clock = { now: () => new Date("2026-05-04T09:00:00Z") };
let prisma: PrismaClient;
let customerIds: string[];

useTestDatabase((db) => {
  prisma = db.prisma;
});

beforeAll(async () => {
  const make = (key: string, name: string, contacts: Array<{ name: string; email: string }>) =>
    prisma.customer.create({
      data: {
        key,
        name,
        contacts: { create: contacts.map((c) => ({ ...c, roles: ["breach" as const] })) },
      },
    });
  const zeta = await make("zeta", "Zeta NV", [{ name: "Zoe", email: "zoe@zeta.example" }]);
  const acme = await make("acme", "Acme BV", [
    { name: "Piet", email: "piet@acme.example" },
    { name: "An", email: "an@acme.example" },
  ]);
  await prisma.contact.create({
    data: { customerId: acme.id, name: "Billing", email: "billing@acme.example", roles: ["dsr"] },
  });
  await prisma.workspace.create({ data: { platform: "slack", externalId: "T1", language: "nl" } });
  customerIds = [zeta.id, acme.id];
});

function deps() {
  return {
    incidents: createIncidentRepository(prisma),
    customers: createCustomerDirectory(prisma),
    access: createAccessControl(prisma),
    clock,
    timezone: "Europe/Brussels",
  };
}

function report(key: string) {
  const input = validateReport(
    {
      customers: customerIds,
      discoveredAt: new Date("2026-05-04T07:30:00Z"),
      description: `Laptop stolen (${key})`,
      nature: ["confidentiality"],
      records: "100-200",
    },
    clock.now(),
  );
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  return reportBreach(deps(), { input: input.value, idempotencyKey: key, actor, platform: "slack" });
}

describe("storing a new incident", () => {
  it("hands back exactly the incident a read of it gives", async () => {
    const { incident, created } = await report("same-as-read");
    expect(created).toBe(true);
    const read = await createIncidentRepository(prisma).get(incident.id);
    expect(incident).toEqual(read);
    expect(incident.reference).toMatch(/^DL-2026-\d{4}$/);
    expect(incident.channelLanguage).toBe("nl");
    expect(incident.customers.map((c) => c.customer.key)).toEqual(["acme", "zeta"]);
    expect(incident.customers[0]!.customer.breachContacts.map((c) => c.email)).toEqual([
      "an@acme.example",
      "piet@acme.example",
    ]);
  });

  it("writes the timeline entry and the audit row with the drawn reference", async () => {
    const { incident } = await report("timeline-and-audit");
    const timeline = await prisma.incidentUpdate.findMany({ where: { incidentId: incident.id } });
    expect(timeline).toMatchObject([{ kind: "reported", text: incident.reference }]);
    const audit = await prisma.auditLog.findMany({ where: { entityId: incident.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "incident.reported",
      actorUserId: "U1",
      actorName: "Steve Peeters",
    });
    const after = audit[0]!.after as { reference: string; customers: Array<{ customer: string }> };
    expect(after.reference).toBe(incident.reference);
    expect(after.customers.map((c) => c.customer)).toEqual(["acme", "zeta"]);
  });

  it("gives concurrent reports consecutive, distinct references", async () => {
    const before = await prisma.incident.count();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => report(`concurrent-${i}`)));
    const numbers = results.map((r) => Number(r.incident.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
    expect(await prisma.incident.count({ where: { reference: { startsWith: "pending:" } } })).toBe(0);
  });

  it("makes one incident of concurrent deliveries of one submission", async () => {
    const results = await Promise.all([
      report("delivered-thrice"),
      report("delivered-thrice"),
      report("delivered-thrice"),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.incident.id)).size).toBe(1);
    expect(await prisma.incident.count({ where: { idempotencyKey: "delivered-thrice" } })).toBe(1);
    const again = await report("delivered-thrice");
    expect(again).toMatchObject({ created: false, incident: { id: results[0]!.incident.id } });
  });
});
