// Hostile input all the way into PostgreSQL: a customer register file and a breach report with
// random, over-long, unicode and control-character text either get a clear error on the field or
// are stored exactly as validated. Never a crash (PostgreSQL refuses, for one, a NUL character).

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createCustomerDirectory } from "../../../src/adapters/db/repositories/breach-customers.ts";
import { importCustomers } from "../../../src/adapters/db/repositories/customers.ts";
import { createIncidentRepository } from "../../../src/adapters/db/repositories/incidents.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import { validateCustomerRegister } from "../../../src/domain/customer/customer-register-file.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { useTestDatabase } from "../../support/db.ts";
import { hostileText } from "../../support/hostile-input.ts";
import { createAccessControl } from "../../support/staff.ts";

const actor: Actor = { platform: "cli", userId: "operator", displayName: "Operator" };
const RUNS = { numRuns: 40 };
let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

let sequence = 0;
const slug = () => `c-${++sequence}`;

const contact = fc.record({
  name: hostileText,
  email: fc.oneof(fc.constant("jan@acme.example"), hostileText),
  phone: fc.oneof(fc.constant("+32 2 123 45 67"), hostileText, fc.constant(null)),
  roles: fc.oneof(fc.constant(["breach"]), fc.array(hostileText, { maxLength: 2 })),
});

const customer = fc.record({
  key: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: hostileText }),
  name: hostileText,
  language: fc.oneof(fc.constant("nl"), hostileText),
  contacts: fc.array(contact, { maxLength: 2 }),
  processing: fc.record({ purpose: hostileText, dataCategories: fc.array(hostileText, { maxLength: 2 }) }),
});

describe("the customer register import", () => {
  it("never throws on any parsed value: valid, or errors that each name a path", () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = validateCustomerRegister(data);
        if (!result.ok) for (const error of result.errors) expect(error).toMatch(/^\S.*: \S/);
      }),
      { numRuns: 300 },
    );
  });

  it("stores a valid hostile register exactly, or names the bad field; through YAML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(customer, { minLength: 1, maxLength: 2 }), async (customers) => {
        const file = { customers: customers.map((c) => ({ ...c, key: c.key || slug() })) };
        const result = validateCustomerRegister(parse(stringify(file)));
        if (!result.ok) {
          for (const error of result.errors) expect(error).toMatch(/^customers\[\d+\]\.[\w.[\]]+: \S/);
          return;
        }
        await importCustomers(prisma, result.value, actor);
        for (const entry of result.value.customers) {
          const row = await prisma.customer.findUniqueOrThrow({
            where: { key: entry.key },
            include: { contacts: true },
          });
          expect(row.name).toBe(entry.name);
          expect(row.contacts.map((c) => c.name).sort()).toEqual(entry.contacts.map((c) => c.name).sort());
        }
      }),
      RUNS,
    );
  });

  it("names a control character on its field instead of failing in the database", () => {
    const result = validateCustomerRegister({
      customers: [
        {
          key: "acme",
          name: "Acme\u0000 BV",
          contacts: [{ name: "Jan\u0007", email: "jan@acme.example", roles: ["breach"] }],
        },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        "customers[0].name: contains a control character",
        "customers[0].contacts[0].name: contains a control character",
      ],
    });
  });
});

describe("a breach report", () => {
  let customerId: string;
  beforeAll(async () => {
    customerId = (await prisma.customer.create({ data: { key: "report-target", name: "Acme BV" } })).id;
  });

  it("is stored exactly as validated, whatever its text, or refused on a field", async () => {
    const deps = () => ({
      incidents: createIncidentRepository(prisma),
      customers: createCustomerDirectory(prisma),
      access: createAccessControl(prisma),
      clock: { now: () => new Date("2026-05-04T10:00:00Z") },
      timezone: "Europe/Brussels",
    });
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        hostileText,
        hostileText,
        hostileText,
        async (description, measures, name, email) => {
          const raw = {
            customers: [customerId],
            discoveredAt: new Date("2026-05-04T09:00:00Z"),
            description,
            measures,
            contactName: name,
            contactEmail: email,
          };
          const input = validateReport(raw, new Date("2026-05-04T10:00:00Z"));
          if (!input.ok) return;
          const { incident } = await reportBreach(deps(), {
            input: input.value,
            idempotencyKey: `hostile-${++sequence}`,
            actor,
            platform: null,
          });
          const row = await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } });
          expect(row.description).toBe(input.value.details.description);
          expect(row.measures).toBe(input.value.details.measures);
          expect(row.contactName).toBe(input.value.details.contact.name);
        },
      ),
      RUNS,
    );
  });
});
