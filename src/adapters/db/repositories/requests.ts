// Data-subject requests (art. 8 DPA) in PostgreSQL. Every change writes its audit row in the same
// transaction; the send of the forwarding e-mail is claimed with a conditional update first.
import { computeCostCents } from "../../../domain/dsr/deadlines.ts";
import type { DataSubjectRequest } from "../../../domain/dsr/request.ts";
import type { NewRequest, RequestRepository } from "../../../domain/dsr/request-repository.ts";
import type { Actor } from "../../../domain/ports.ts";
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.ts";
import { ensureAccount, recordAudit } from "./audit.ts";
import { claimRequest } from "./handled-requests.ts";
import { nextReference } from "./reference-counter.ts";
import { isUuid, loadRequestRow, requestAuditSnapshot } from "./request-records.ts";

/** AV: "aanvraag/verzoek" of a data subject (AV-2026-0012). */
export const REQUEST_REFERENCE_PREFIX = "AV";

type Tx = Prisma.TransactionClient;

export function createRequestRepository(prisma: PrismaClient): RequestRepository {
  const change = (
    id: string,
    actor: Actor,
    action: string,
    write: (tx: Tx, accountId: string, before: DataSubjectRequest) => Promise<unknown>,
    requestKey?: string,
  ) => changeRequest(prisma, id, actor, action, write, requestKey);

  return {
    async create(draft, actor) {
      const existing = await loadRequestRow(prisma, { idempotencyKey: draft.idempotencyKey });
      if (existing) return { request: existing, created: false };
      try {
        const id = await prisma.$transaction((tx) => insertRequest(tx, draft, actor));
        return { request: (await loadRequestRow(prisma, { id }))!, created: true };
      } catch (error) {
        const winner = isUniqueViolation(error)
          ? await loadRequestRow(prisma, { idempotencyKey: draft.idempotencyKey })
          : null;
        if (winner) return { request: winner, created: false };
        throw error;
      }
    },

    get: (id) => (isUuid(id) ? loadRequestRow(prisma, { id }) : Promise.resolve(null)),

    async attachMessage(id, posted) {
      await prisma.dataSubjectRequest.update({
        where: { id },
        data: {
          platform: posted.platform,
          channelId: posted.channelId,
          messageId: posted.messageId,
          postHeldUntil: null,
        },
      });
    },

    async claimPosting(id, now, until) {
      const { count } = await prisma.dataSubjectRequest.updateMany({
        where: { id, messageId: null, OR: [{ postHeldUntil: null }, { postHeldUntil: { lte: now } }] },
        data: { postHeldUntil: until },
      });
      return count > 0;
    },

    async holdPosting(id, until) {
      await prisma.dataSubjectRequest.updateMany({
        where: { id, messageId: null },
        data: { postHeldUntil: until },
      });
    },

    async unposted(now, before) {
      const rows = await prisma.dataSubjectRequest.findMany({
        where: {
          messageId: null,
          status: { not: "closed" },
          platform: { in: ["slack", "teams"] },
          createdAt: { lte: before },
          OR: [{ postHeldUntil: null }, { postHeldUntil: { lte: now } }],
        },
        select: { id: true, platform: true, channelId: true, reporterUserId: true },
        orderBy: { createdAt: "asc" },
        take: 50,
      });
      return rows.map((r) => ({ ...r, platform: r.platform as "slack" | "teams" }));
    },

    async claimForwardSend(id, claim) {
      // Of two senders claiming at once, PostgreSQL lets one match the row; the other re-reads it
      // after that commit and finds it claimed. A sender that died mid-send frees it with its lease.
      const { count } = await prisma.dataSubjectRequest.updateMany({
        where: {
          id,
          status: "received",
          forwardedAt: null,
          OR: [{ forwardSendingUntil: null }, { forwardSendingUntil: { lte: claim.now } }],
        },
        data: { forwardSendKey: claim.key, forwardSendingUntil: claim.until, forwardRetryAt: null },
      });
      if (count > 0) return "claimed";
      const row = await prisma.dataSubjectRequest.findUnique({
        where: { id },
        select: { forwardSendKey: true, forwardedAt: true, status: true },
      });
      if (!row || row.forwardedAt || row.status !== "received") return "done";
      return row.forwardSendKey === claim.key ? "repeat" : "busy";
    },

    async failForwardSend(id, key, failure) {
      const { count } = await prisma.dataSubjectRequest.updateMany({
        where: { id, forwardSendKey: key, forwardedAt: null },
        data: {
          forwardSendingUntil: null,
          forwardAttempts: { increment: 1 },
          forwardError: failure.error,
          forwardRetryAt: failure.retryAt,
        },
      });
      return count > 0;
    },

    recordForwarded: (id, record, actor) =>
      change(id, actor, "request.forwarded", (tx, accountId) =>
        tx.dataSubjectRequest.update({
          where: { id },
          data: {
            status: "forwarded",
            forwardedAt: record.at,
            forwardedVia: record.via,
            forwardedToEmails: record.to,
            forwardedToContactId: record.contactId,
            forwardedByAccountId: accountId,
            forwardMessageId: record.messageId,
            forwardSendingUntil: null,
            forwardRetryAt: null,
            forwardError: null,
          },
        }),
      ),

    recordAcknowledged: (id, at, actor) =>
      change(id, actor, "request.acknowledged", (tx) =>
        tx.dataSubjectRequest.update({ where: { id }, data: { acknowledgedAt: at } }),
      ),

    recordTimeSpent: (id, entry, actor, requestKey) =>
      change(
        id,
        actor,
        "request.time_recorded",
        (tx, _account, before) => {
          const minutes = before.minutesSpent + entry.minutes;
          return tx.dataSubjectRequest.update({
            where: { id },
            data: { minutesSpent: minutes, costCents: computeCostCents(minutes, entry.hourlyRateCents) },
          });
        },
        requestKey,
      ),

    extend: (id, extension, actor) =>
      change(id, actor, "request.extended", (tx) =>
        tx.dataSubjectRequest.update({
          where: { id },
          data: { extendedDeadline: extension.deadline, extensionReason: extension.reason },
        }),
      ),

    close: (id, closing, actor) =>
      change(id, actor, "request.closed", (tx) =>
        tx.dataSubjectRequest.update({
          where: { id },
          data: { status: "closed", closedAt: closing.at, closingNote: closing.note },
        }),
      ),

    async recordDetailsShown(id, actor) {
      await prisma.$transaction(async (tx) => {
        await ensureAccount(tx, actor);
        await recordAudit(tx, actor, {
          action: "request.details_shown",
          entityType: "DataSubjectRequest",
          entityId: id,
        });
      });
    },

    async eraseDetailsClosedBefore(closedBefore, at, actor) {
      const due = await prisma.dataSubjectRequest.findMany({
        where: { status: "closed", closedAt: { lte: closedBefore }, detailsErasedAt: null },
        select: { id: true },
      });
      const erased: string[] = [];
      for (const { id } of due) {
        const after = await change(id, actor, "request.details_erased", (tx) =>
          tx.dataSubjectRequest.updateMany({
            where: { id, detailsErasedAt: null },
            data: { subjectDetails: null, requestText: null, summary: null, detailsErasedAt: at },
          }),
        );
        erased.push(after.reference);
      }
      return erased;
    },

    async dueForwardRetries(now, unattemptedBefore) {
      const rows = await prisma.dataSubjectRequest.findMany({
        where: {
          status: "received",
          forwardedAt: null,
          OR: [
            // A failed send whose back-off has passed.
            { forwardRetryAt: { lte: now } },
            // A send whose process died mid-send: its lease ran out.
            { forwardSendingUntil: { lte: now } },
            // Registered, never tried (the process stopped right after registering it).
            { forwardSendKey: null, forwardAttempts: 0, createdAt: { lte: unattemptedBefore } },
          ],
        },
        select: { id: true },
        orderBy: { forwardRetryAt: "asc" },
        take: 50,
      });
      return rows.map((r) => r.id);
    },
  };
}

async function insertRequest(tx: Tx, draft: NewRequest, actor: Actor): Promise<string> {
  const account = await ensureAccount(tx, actor);
  const reference = await nextReference(tx, REQUEST_REFERENCE_PREFIX, draft.referenceYear);
  const row = await tx.dataSubjectRequest.create({
    data: {
      reference,
      customerId: draft.customerId,
      type: draft.type,
      receivedAt: draft.receivedAt,
      receivedVia: draft.receivedVia,
      subjectDetails: draft.subject,
      requestText: draft.requestText,
      forwardDueAt: draft.forwardDueAt,
      legalDeadline: draft.legalDeadline,
      reporterAccountId: account.id,
      reporterUserId: draft.reporterUserId,
      idempotencyKey: draft.idempotencyKey,
      platform: draft.platform,
      channelId: draft.channelId,
      // The clock port's time, not the database's: no reminder is planned before a clock opened.
      createdAt: draft.registeredAt,
    },
    select: { id: true },
  });
  const after = (await loadRequestRow(tx, { id: row.id }))!;
  await recordAudit(tx, actor, {
    action: "request.registered",
    entityType: "DataSubjectRequest",
    entityId: row.id,
    after: requestAuditSnapshot(after),
  });
  return row.id;
}

/**
 * Runs one change of a request with its audit row (before and after). With a request key the
 * change happens once per key (handled-requests.ts): a repeat returns the request as it is.
 */
async function changeRequest(
  prisma: PrismaClient,
  id: string,
  actor: Actor,
  action: string,
  write: (tx: Tx, accountId: string, before: DataSubjectRequest) => Promise<unknown>,
  requestKey: string | undefined,
): Promise<DataSubjectRequest> {
  await prisma.$transaction(async (tx) => {
    if (requestKey !== undefined && !(await claimRequest(tx, requestKey))) return;
    const account = await ensureAccount(tx, actor);
    const before = await loadRequestRow(tx, { id });
    if (!before) throw new Error(`request ${id} not found`);
    await write(tx, account.id, before);
    const after = (await loadRequestRow(tx, { id }))!;
    await recordAudit(tx, actor, {
      action,
      entityType: "DataSubjectRequest",
      entityId: id,
      before: requestAuditSnapshot(before),
      after: requestAuditSnapshot(after),
    });
  });
  return (await loadRequestRow(prisma, { id }))!;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
