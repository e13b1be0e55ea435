// Storing a new incident: its row, its clocks, its readable reference, the "reported" timeline
// entry and its audit row, in one transaction (Bijlage 2 and 3). Written for the report path that
// Slack waits on (3 s): few round trips, and the reference counter row, which every report locks,
// held only for the last statement and the commit instead of for the whole transaction.
import { randomUUID } from "node:crypto";
import type { BreachCustomer, Incident } from "../../../domain/breach/incident.ts";
import type { NewIncident } from "../../../domain/breach/incident-repository.ts";
import type { Actor } from "../../../domain/ports.ts";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.ts";
import { ensureAccount } from "./audit.ts";
import { workspaceLanguageOf } from "./incident-queries.ts";
import { auditSnapshot, detailColumns } from "./incident-records.ts";

/** Placeholder until the reference is drawn at the end of the transaction; never committed. */
const PENDING_REFERENCE = "pending:";

export async function insertIncident(
  prisma: PrismaClient,
  draft: NewIncident,
  actor: Actor,
  prefix: string,
): Promise<Incident> {
  const id = randomUUID();
  const clocks = draft.clocks.map((clock) => ({ ...clock, id: randomUUID() }));
  // The channel language is a read of its own; it runs beside the transaction, not inside it.
  const [reference, channelLanguage] = await Promise.all([
    prisma.$transaction(async (tx) => {
      const account = await ensureAccount(tx, actor);
      // createMany: an INSERT without the read-back a create does.
      await tx.incident.createMany({
        data: {
          id,
          reference: `${PENDING_REFERENCE}${id}`,
          discoveredAt: draft.discoveredAt,
          reportedAt: draft.reportedAt,
          // Time comes from the clock port, not the database: the reminder engine generates no
          // reminder due before a clock was opened, so both must agree on when that was.
          createdAt: draft.reportedAt,
          reporterAccountId: account.id,
          idempotencyKey: draft.idempotencyKey,
          platform: draft.platform,
          ...detailColumns(draft.details),
        },
      });
      await tx.incidentCustomer.createMany({
        data: clocks.map((clock) => ({
          id: clock.id,
          incidentId: id,
          customerId: clock.customerId,
          notifyDeadline: clock.notifyDeadline,
          authorityDeadline: clock.authorityDeadline,
          createdAt: draft.reportedAt,
        })),
      });
      const placeholder = newIncident(id, `${PENDING_REFERENCE}${id}`, draft, clocks, actor);
      return drawReference(tx, { prefix, draft, incidentId: id, accountId: account.id, actor, placeholder });
    }),
    workspaceLanguageOf(prisma, { platform: actor.platform, workspaceId: actor.workspaceId ?? "" }),
  ]);
  return { ...newIncident(id, reference, draft, clocks, actor), channelLanguage };
}

/**
 * The incident as stored: what the draft says, with the customers' register data the use case read
 * (the same rows, in the same order, as a read-back would give), and nothing yet recorded on it.
 */
function newIncident(
  id: string,
  reference: string,
  draft: NewIncident,
  clocks: Array<NewIncident["clocks"][number] & { id: string }>,
  actor: Actor,
): Incident {
  return {
    id,
    reference,
    status: "open",
    discoveredAt: draft.discoveredAt,
    reportedAt: draft.reportedAt,
    reporterName: actor.displayName,
    reporter: { platform: actor.platform, userId: actor.userId },
    channelLanguage: null,
    ...draft.details,
    customers: clocks.map((clock) => ({
      id: clock.id,
      customer: customerOf(clock.customer),
      notifyDeadline: clock.notifyDeadline,
      notifiedAt: null,
      notifiedVia: null,
      notifiedTo: null,
      notificationMessageId: null,
      notificationRetryAt: null,
      notificationError: null,
      authorityDeadline: clock.authorityDeadline,
      authorityDecision: "pending",
      authorityDecisionAt: null,
      authorityDecisionNote: null,
    })),
    message: null,
    closedAt: null,
    closingNote: null,
  };
}

function customerOf(customer: BreachCustomer): BreachCustomer {
  return { ...customer, breachContacts: customer.breachContacts.map((c) => ({ ...c })) };
}

/**
 * One statement: the next number of the year's counter (an upsert-increment, so two reports never
 * share a number and a rolled-back report gives its number back), the incident's reference, its
 * timeline entry and its audit row with the reference filled in.
 */
async function drawReference(
  tx: Prisma.TransactionClient,
  args: {
    prefix: string;
    draft: NewIncident;
    incidentId: string;
    accountId: string;
    actor: Actor;
    placeholder: Incident;
  },
): Promise<string> {
  const { prefix, draft, incidentId, accountId, actor } = args;
  const after = JSON.stringify(auditSnapshot(args.placeholder));
  const rows = await tx.$queryRaw<Array<{ reference: string }>>`
    WITH counter AS (
      INSERT INTO "ReferenceCounter" ("prefix", "year", "last") VALUES (${prefix}, ${draft.referenceYear}, 1)
      ON CONFLICT ("prefix", "year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
      RETURNING "last"
    ), drawn AS (
      SELECT ${prefix} || '-' || ${String(draft.referenceYear)} || '-' ||
        repeat('0', greatest(0, 4 - length("last"::text))) || "last"::text AS reference
      FROM counter
    ), incident AS (
      UPDATE "Incident" SET "reference" = drawn.reference FROM drawn
      WHERE "id" = ${incidentId}::uuid RETURNING drawn.reference
    ), timeline AS (
      INSERT INTO "IncidentUpdate" ("id", "incidentId", "at", "accountId", "kind", "text")
      SELECT ${randomUUID()}::uuid, ${incidentId}::uuid, ${draft.reportedAt}, ${accountId}::uuid, 'reported',
        incident.reference
      FROM incident
    )
    INSERT INTO "AuditLog" ("actorPlatform", "actorUserId", "actorName", "action", "entityType", "entityId", "after")
    SELECT ${actor.platform}::"Platform", ${actor.userId}, ${actor.displayName}, 'incident.reported', 'Incident',
      ${incidentId}, jsonb_set(${after}::jsonb, '{reference}', to_jsonb(incident.reference))
    FROM incident
    RETURNING "after"->>'reference' AS reference`;
  const reference = rows[0]?.reference;
  if (!reference) throw new Error(`incident ${incidentId} vanished while drawing its reference`);
  return reference;
}
