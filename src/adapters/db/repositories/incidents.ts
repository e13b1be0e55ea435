// The incident and data breach register (Bijlage 3) in PostgreSQL. Every change writes its timeline
// entry and its audit row in the same transaction as the change itself.
import type { Incident } from "../../../domain/breach/incident.ts";
import type {
  AuthorityDecisionRecord,
  IncidentRepository,
  ReportChange,
} from "../../../domain/breach/incident-repository.ts";
import type { Actor, PostedMessage } from "../../../domain/ports.ts";
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.ts";
import { ensureAccount, recordAudit } from "./audit.ts";
import { claimRequest } from "./handled-requests.ts";
import { insertIncident } from "./incident-insert.ts";
import { notificationSends } from "./incident-notification-sends.ts";
import { findByKey, loadIncident } from "./incident-queries.ts";
import { auditSnapshot, detailColumns } from "./incident-records.ts";

export const INCIDENT_REFERENCE_PREFIX = "DL";

export function createIncidentRepository(prisma: PrismaClient): IncidentRepository {
  return {
    ...notificationSends(prisma),

    async create(draft, actor) {
      // No look-up first: the idempotency key is unique, so a repeated submission fails its insert
      // (after waiting for a concurrent one to commit) and then finds the incident that one made.
      try {
        return {
          incident: await insertIncident(prisma, draft, actor, INCIDENT_REFERENCE_PREFIX),
          created: true,
        };
      } catch (error) {
        const winner = isUniqueViolation(error) ? await findByKey(prisma, draft.idempotencyKey) : null;
        if (winner) return { incident: winner, created: false };
        throw error;
      }
    },

    get: (id) => loadIncident(prisma, id),

    async claimPosting(id, claim) {
      // A conditional update: of two processes claiming at once, PostgreSQL lets one match the row;
      // the other re-reads it after that commit and finds it held.
      const rows = await prisma.incident.updateManyAndReturn({
        where: {
          id,
          status: "open",
          messageId: null,
          OR: [{ postHeldUntil: null }, { postHeldUntil: { lte: claim.now } }],
        },
        data: {
          platform: claim.target.platform,
          channelId: claim.target.channelId,
          postHeldUntil: claim.until,
          postAttempts: { increment: 1 },
        },
        select: { postAttempts: true },
      });
      return rows[0]?.postAttempts ?? null;
    },

    async holdPosting(id, until) {
      await prisma.incident.updateMany({ where: { id, messageId: null }, data: { postHeldUntil: until } });
    },

    async attachMessage(id: string, posted: PostedMessage) {
      await prisma.incident.update({
        where: { id },
        data: {
          platform: posted.platform,
          channelId: posted.channelId,
          messageId: posted.messageId,
          postHeldUntil: null,
        },
      });
    },

    updateReport: (id, change, actor) =>
      changeIncident(
        prisma,
        id,
        actor,
        "incident.report_updated",
        "report_updated",
        undefined,
        async (tx) => {
          await writeReportChange(tx, id, change);
          return "";
        },
      ),

    recordCustomerInformed: (clockId, notification, actor, requestKey) =>
      changeClock(prisma, clockId, actor, requestKey, "incident.customer_informed", async (tx, accountId) => {
        const clock = await tx.incidentCustomer.update({
          where: { id: clockId },
          data: {
            notifiedAt: notification.at,
            notifiedVia: notification.via,
            notifiedTo: notification.to,
            notifiedByAccountId: accountId,
            notificationMessageId: notification.messageId,
            // An e-mail sent under a claim: the claim's work is done (its key stays, so a repeat
            // of that request is still recognised and not mailed again).
            ...(notification.messageId === null
              ? {}
              : { notificationSendingUntil: null, notificationAttempts: 0 }),
            // Informed, by this e-mail or another way: nothing is pending any more.
            notificationRetryAt: null,
            notificationError: null,
          },
          include: { customer: { select: { key: true } } },
        });
        return `${clock.customer.key}: ${notification.via}`;
      }),

    recordAuthorityDecision: (clockId, record: AuthorityDecisionRecord, actor, requestKey) =>
      changeClock(
        prisma,
        clockId,
        actor,
        requestKey,
        "incident.authority_decision",
        async (tx, accountId) => {
          const clock = await tx.incidentCustomer.update({
            where: { id: clockId },
            data: {
              authorityDecision: record.decision,
              authorityDecisionAt: record.at,
              authorityDecidedByAccountId: accountId,
              authorityDecisionNote: record.note,
            },
            include: { customer: { select: { key: true } } },
          });
          return `${clock.customer.key}: ${record.decision}`;
        },
      ),

    close: (id, closing, actor, requestKey) =>
      changeIncident(prisma, id, actor, "incident.closed", "closed", requestKey, async (tx, accountId) => {
        await tx.incident.update({
          where: { id },
          data: {
            status: "closed",
            closedAt: closing.at,
            closedByAccountId: accountId,
            closingNote: closing.note,
          },
        });
        return "";
      }),

    async recordRefusal(incidentId, actor, refusal) {
      await prisma.$transaction(async (tx) => {
        await ensureAccount(tx, actor);
        await recordAudit(tx, actor, {
          action: "incident.change_refused",
          entityType: "Incident",
          entityId: incidentId,
          after: refusal,
        });
      });
    },
  };
}

async function writeReportChange(
  tx: Prisma.TransactionClient,
  id: string,
  change: ReportChange,
): Promise<void> {
  await tx.incident.update({
    where: { id },
    data: { discoveredAt: change.discoveredAt, ...detailColumns(change.details) },
  });
  const wanted = change.clocks.map((c) => c.customerId);
  await tx.incidentCustomer.deleteMany({ where: { incidentId: id, customerId: { notIn: wanted } } });
  for (const clock of change.clocks) {
    const deadlines = { notifyDeadline: clock.notifyDeadline, authorityDeadline: clock.authorityDeadline };
    await tx.incidentCustomer.upsert({
      where: { incidentId_customerId: { incidentId: id, customerId: clock.customerId } },
      create: { incidentId: id, customerId: clock.customerId, ...deadlines },
      update: deadlines,
    });
  }
}

/**
 * Runs one change of an incident with its timeline entry and audit row (before and after). With a
 * request key the change happens once per key: a replayed or concurrent second delivery of the
 * same request waits for the first to commit, finds the key taken and changes nothing.
 */
async function changeIncident(
  prisma: PrismaClient,
  id: string,
  actor: Actor,
  action: string,
  kind: string,
  requestKey: string | undefined,
  change: (tx: Prisma.TransactionClient, accountId: string) => Promise<string>,
): Promise<Incident> {
  await prisma.$transaction(async (tx) => {
    if (requestKey !== undefined && !(await claimRequest(tx, requestKey))) return;
    const account = await ensureAccount(tx, actor);
    const before = await loadIncident(tx, id);
    if (!before) throw new Error(`incident ${id} not found`);
    const text = await change(tx, account.id);
    const after = (await loadIncident(tx, id))!;
    await tx.incidentUpdate.create({ data: { incidentId: id, accountId: account.id, kind, text } });
    await recordAudit(tx, actor, {
      action,
      entityType: "Incident",
      entityId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
  });
  return (await loadIncident(prisma, id))!;
}

async function changeClock(
  prisma: PrismaClient,
  clockId: string,
  actor: Actor,
  requestKey: string | undefined,
  action: string,
  change: (tx: Prisma.TransactionClient, accountId: string) => Promise<string>,
): Promise<Incident> {
  const clock = await prisma.incidentCustomer.findUniqueOrThrow({
    where: { id: clockId },
    select: { incidentId: true },
  });
  const kind = action.replace(/^incident\./, "");
  return changeIncident(prisma, clock.incidentId, actor, action, kind, requestKey, change);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
