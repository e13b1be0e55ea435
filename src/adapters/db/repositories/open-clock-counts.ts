// How many clocks are open, by kind, for the /metrics gauge: one round trip of COUNTs over the same
// conditions the clock loader narrows by (reminder-clocks.ts), so a scrape never loads the clocks.
// Retention and review clocks follow from the customer register: counted per active customer.
import type { Db } from "./audit.ts";

export type OpenClockCounts = Record<string, number>;

export async function countOpenClocks(db: Db, now: Date): Promise<OpenClockCounts> {
  const rows = await db.$queryRaw<Array<Record<string, bigint | number>>>`
    SELECT
      (SELECT count(*) FROM "IncidentCustomer" ic JOIN "Incident" i ON i."id" = ic."incidentId"
        WHERE i."status" = 'open' AND ic."notifiedAt" IS NULL) AS "breach.notify",
      (SELECT count(*) FROM "IncidentCustomer" ic JOIN "Incident" i ON i."id" = ic."incidentId"
        WHERE i."status" = 'open' AND ic."authorityDecision" = 'pending') AS "breach.authority",
      (SELECT count(*) FROM "DataSubjectRequest" WHERE "status" = 'received') AS "dsr.forward",
      (SELECT count(*) FROM "DataSubjectRequest" WHERE "status" IN ('received', 'forwarded')) AS "dsr.legal",
      (SELECT count(*) FROM "CustomerSubProcessor" WHERE "status" = 'pending')
        + (SELECT count(*) FROM "ProposalCustomer" pc JOIN "SubProcessorProposal" p ON p."id" = pc."proposalId"
        WHERE pc."status" = 'pending' AND p."status" = 'open') AS "subprocessor.pending",
      (SELECT count(*) FROM "Customer" WHERE "archivedAt" IS NULL AND "contractEnd" IS NOT NULL) AS "retention",
      (SELECT count(*) FROM "Customer" WHERE "archivedAt" IS NULL
        AND ("contractEnd" IS NULL OR "contractEnd" > ${now})) AS "review"`;
  const row = rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([kind, n]) => [kind, Number(n)]));
}
