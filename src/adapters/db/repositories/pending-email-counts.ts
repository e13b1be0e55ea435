// How many e-mails failed and wait for their automatic retry, by kind, for the /metrics gauge: the
// breach notification (art. 6 DPA), the request forward (art. 8) and the approval request
// (art. 9). One round trip of COUNTs; a notification counts as domain/breach/incident.ts's
// notificationPending says.
import type { Db } from "./audit.ts";

export async function countPendingEmails(db: Db): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<Array<Record<string, bigint | number>>>`
    SELECT
      (SELECT count(*) FROM "IncidentCustomer" ic JOIN "Incident" i ON i."id" = ic."incidentId"
        WHERE i."status" = 'open' AND ic."notificationRetryAt" IS NOT NULL
          AND ic."notificationError" IS NOT NULL) AS "notification",
      (SELECT count(*) FROM "DataSubjectRequest"
        WHERE "status" = 'received' AND "forwardRetryAt" IS NOT NULL) AS "forward",
      (SELECT count(*) FROM "ApprovalRequest"
        WHERE "channel" = 'email' AND "status" IN ('pending', 'claimed')
          AND "lastError" IS NOT NULL) AS "approval"`;
  const row = rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([kind, n]) => [kind, Number(n)]));
}
