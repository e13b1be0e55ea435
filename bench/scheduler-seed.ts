// Bulk SQL seed of the scheduler benchmark: `openClocks` open clocks, mixed like a busy register
// (40% breach clocks, 40% request clocks, the rest sub-processor approvals and the customers' own
// review clocks), none due at `now`, with deadlines spread over the coming hours and weeks.
import type { PrismaClient } from "../src/generated/prisma/client.ts";

export interface SeedCounts {
  customers: number;
  incidentCustomers: number;
  requests: number;
  approvals: number;
}

/** How many rows of each kind make `openClocks` clocks. */
export function seedCounts(openClocks: number, customerCount?: number): SeedCounts {
  const customers = customerCount ?? Math.max(10, Math.round(openClocks / 100)); // one review clock each
  const incidentCustomers = Math.round((openClocks * 0.4) / 2); // notify + authority
  const requests = Math.round((openClocks * 0.4) / 2); // forward + legal
  const approvals = openClocks - customers - 2 * incidentCustomers - 2 * requests; // one each
  return { customers, incidentCustomers, requests, approvals };
}

export async function seedOpenClocks(
  prisma: PrismaClient,
  openClocks: number,
  now: Date,
  customerCount?: number,
): Promise<SeedCounts> {
  const counts = seedCounts(openClocks, customerCount);
  const { customers, incidentCustomers, requests, approvals } = counts;
  const incidents = Math.ceil(incidentCustomers / 2);
  const subProcessors = Math.ceil(approvals / customers) + 1;
  const t0 = now.toISOString();
  const statements = [
    `TRUNCATE "Reminder", "ClockCheck", "DigestRun", "IncidentCustomer", "IncidentUpdate", "Incident",
       "DataSubjectRequest", "CustomerSubProcessor", "SubProcessor", "Contact", "Customer", "Account" CASCADE`,
    `INSERT INTO "Account" (id, platform, "platformUserId", "displayName", "updatedAt")
     VALUES (gen_random_uuid(), 'slack', 'UBENCH', 'Bench reporter', '${t0}')`,
    `INSERT INTO "Customer" (id, key, name, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench-' || g, 'Bench customer ' || g, '${t0}', '${t0}'
     FROM generate_series(0, ${customers - 1}) g`,
    `INSERT INTO "Incident" (id, reference, "discoveredAt", "reportedAt", "reporterAccountId", description,
       platform, "channelId", "messageId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'DL-B-' || g, '${t0}', '${t0}', (SELECT id FROM "Account" LIMIT 1), 'bench',
       'slack', 'C-BENCH-' || (g % 50), g || '.0001', '${t0}', '${t0}'
     FROM generate_series(0, ${incidents - 1}) g`,
    // Two customers per incident; the 24 h deadlines 2 to 24 hours ahead, the 72 h ones 48 h later.
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY key) - 1 AS n FROM "Customer"),
          i AS (SELECT id, row_number() OVER (ORDER BY reference) - 1 AS n FROM "Incident"),
          pairs AS (SELECT i.id AS incident_id, i.n * 2 + k AS n FROM i, generate_series(0, 1) k)
     INSERT INTO "IncidentCustomer" (id, "incidentId", "customerId", "notifyDeadline", "authorityDeadline",
       "createdAt", "updatedAt")
     SELECT gen_random_uuid(), p.incident_id, c.id,
       timestamptz '${t0}' + ((120 + (p.n * 7919) % 1320) || ' minutes')::interval,
       timestamptz '${t0}' + ((120 + (p.n * 7919) % 1320 + 2880) || ' minutes')::interval,
       '${t0}', '${t0}'
     FROM pairs p JOIN c ON c.n = p.n % ${customers}
     WHERE p.n < ${incidentCustomers}`,
    // Forward due in one to three days; the controller's month runs out in 20 to 60 days.
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY key) - 1 AS n FROM "Customer")
     INSERT INTO "DataSubjectRequest" (id, reference, "customerId", type, status, "receivedAt", "forwardDueAt",
       "legalDeadline", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'VZ-B-' || g, c.id, 'access', 'received', '${t0}',
       timestamptz '${t0}' + ((1 + g % 3) || ' days')::interval,
       timestamptz '${t0}' + ((20 + g % 40) || ' days')::interval, '${t0}', '${t0}'
     FROM generate_series(0, ${requests - 1}) g JOIN c ON c.n = g % ${customers}`,
    `INSERT INTO "SubProcessor" (id, name, country, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'Bench sub ' || g, CASE WHEN g % 3 = 0 THEN 'US' ELSE 'BE' END, '${t0}', '${t0}'
     FROM generate_series(0, ${subProcessors - 1}) g`,
    // Requested over the last days, so the every-N-days reminder is spread too.
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY key) - 1 AS n FROM "Customer"),
          s AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM "SubProcessor")
     INSERT INTO "CustomerSubProcessor" (id, "customerId", "subProcessorId", purpose, "requestedAt",
       "createdAt", "updatedAt")
     SELECT gen_random_uuid(), c.id, s.id, 'Hosting',
       timestamptz '${t0}' - ((g % 4000) || ' minutes')::interval, '${t0}', '${t0}'
     FROM generate_series(0, ${Math.max(0, approvals - 1)}) g
     JOIN c ON c.n = g % ${customers} JOIN s ON s.n = g / ${customers}
     WHERE ${approvals} > 0`,
    `ANALYZE`,
  ];
  for (const statement of statements) await prisma.$executeRawUnsafe(statement);
  return counts;
}
