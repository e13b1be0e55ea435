// Approval request rows (one per customer and recipient), sent by the scheduler. Claimed like
// reminders: one UPDATE over a `FOR UPDATE SKIP LOCKED` selection with a lease, so two instances
// never hold the same row and an instance that dies releases its rows when the lease runs out.
// Every later transition is conditional on still holding the claim.

import type { ApprovalChannel } from "../../../domain/subprocessor/plan-fan-out.ts";
import type { DeliveryTrouble } from "../../../domain/subprocessor/proposal.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { Db } from "./audit.ts";

export interface ApprovalRequestRow {
  id: string;
  proposalCustomerId: string;
  contactId: string | null;
  channel: ApprovalChannel;
  recipient: string;
  attempts: number;
  claimedUntil: Date | null;
}

export interface RequestClaim {
  id: string;
  instanceId: string;
  now: Date;
}

export async function claimDueApprovalRequests(
  db: Db,
  request: { instanceId: string; now: Date; leaseUntil: Date; limit: number },
): Promise<ApprovalRequestRow[]> {
  const { instanceId, now, leaseUntil, limit } = request;
  return db.$queryRaw<ApprovalRequestRow[]>`
    WITH chosen AS (
      SELECT r.id FROM "ApprovalRequest" r
      WHERE (r.status = 'pending' AND (r."nextAttemptAt" IS NULL OR r."nextAttemptAt" <= ${now}))
         OR (r.status = 'claimed' AND r."claimedUntil" < ${now})
      ORDER BY r."nextAttemptAt" NULLS FIRST, r."createdAt", r.id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "ApprovalRequest" r
    SET status = 'claimed', "claimedBy" = ${instanceId}, "claimedUntil" = ${leaseUntil}, "updatedAt" = ${now}
    FROM chosen WHERE r.id = chosen.id
    RETURNING r.id, r."proposalCustomerId", r."contactId", r.channel::text AS channel, r.recipient, r.attempts,
              r."claimedUntil"`;
}

/**
 * Right before an e-mail goes out: extends the claim to `until` while it is still this one (this
 * instance, and the lease end it was given: a re-claim only happens after that end, so it gets a
 * later one) and has not run out. The new lease end, or null when the row may be another's now.
 */
export async function renewApprovalRequestClaim(
  db: Db,
  claim: RequestClaim & { heldUntil: Date; until: Date },
): Promise<Date | null> {
  const { count } = await db.approvalRequest.updateMany({
    where: {
      id: claim.id,
      status: "claimed",
      claimedBy: claim.instanceId,
      claimedUntil: { equals: claim.heldUntil, gt: claim.now },
    },
    data: { claimedUntil: claim.until },
  });
  return count === 1 ? claim.until : null;
}

/** True when the claim was still ours. */
export async function markApprovalRequestSent(
  db: Db,
  claim: RequestClaim & { messageChannelId: string | null; messageId: string | null },
): Promise<boolean> {
  const { count } = await db.approvalRequest.updateMany({
    where: { id: claim.id, status: "claimed", claimedBy: claim.instanceId },
    data: {
      status: "sent",
      sentAt: claim.now,
      claimedUntil: null,
      nextAttemptAt: null,
      lastError: null,
      attempts: { increment: 1 },
      messageChannelId: claim.messageChannelId,
      messageId: claim.messageId,
    },
  });
  return count === 1;
}

export async function rescheduleApprovalRequest(
  db: Db,
  claim: RequestClaim & { nextAttemptAt: Date; lastError: string | null; countAttempt: boolean },
): Promise<boolean> {
  const { count } = await db.approvalRequest.updateMany({
    where: { id: claim.id, status: "claimed", claimedBy: claim.instanceId },
    data: {
      status: "pending",
      claimedBy: null,
      claimedUntil: null,
      nextAttemptAt: claim.nextAttemptAt,
      attempts: { increment: claim.countAttempt ? 1 : 0 },
      ...(claim.lastError === null ? {} : { lastError: claim.lastError }),
    },
  });
  return count === 1;
}

export async function finishApprovalRequest(
  db: Db,
  claim: RequestClaim & { status: "failed" | "cancelled"; lastError: string | null },
): Promise<boolean> {
  const { count } = await db.approvalRequest.updateMany({
    where: { id: claim.id, status: "claimed", claimedBy: claim.instanceId },
    data: {
      status: claim.status,
      claimedUntil: null,
      attempts: { increment: claim.status === "failed" ? 1 : 0 },
      lastError: claim.lastError,
    },
  });
  return count === 1;
}

/** Sent messages whose customer decided (or whose proposal was withdrawn) since they were posted. */
export async function listStaleApprovalMessages(db: Db, limit: number) {
  return db.approvalRequest.findMany({
    where: { messageStale: true, messageId: { not: null } },
    select: { id: true, proposalCustomerId: true, channel: true, messageChannelId: true, messageId: true },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
}

export async function markApprovalMessageCurrent(db: Db, id: string): Promise<void> {
  await db.approvalRequest.update({ where: { id }, data: { messageStale: false } });
}

/** Per status, for tests and health checks. */
export async function countApprovalRequests(db: Db) {
  const rows = await db.approvalRequest.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Record<string, number>;
}

/**
 * A request's delivery went wrong, or right after going wrong: the proposal's message shows which
 * approvers were not reached, so it is rendered again (updateStaleTallies).
 */
export async function markProposalDeliveryChanged(db: Db, proposalCustomerId: string): Promise<void> {
  await db.subProcessorProposal.updateMany({
    where: { messageId: { not: null }, customers: { some: { id: proposalCustomerId } } },
    data: { messageStale: true },
  });
}

/** Approval requests to customers still deciding that failed: retried, or given up on. */
export async function approvalDeliveryTrouble(db: Db, proposalId: string): Promise<DeliveryTrouble | null> {
  const where = {
    proposalCustomer: { proposalId, status: "pending" },
    lastError: { not: null },
    status: { in: ["pending", "claimed", "failed"] },
  } satisfies Prisma.ApprovalRequestWhereInput;
  const rows = await db.approvalRequest.groupBy({ by: ["status"], where, _count: { _all: true } });
  if (rows.length === 0) return null;
  const latest = await db.approvalRequest.findFirst({
    where,
    orderBy: { updatedAt: "desc" },
    select: { lastError: true },
  });
  const count = (statuses: string[]) =>
    rows.filter((r) => statuses.includes(r.status)).reduce((sum, r) => sum + r._count._all, 0);
  return {
    retrying: count(["pending", "claimed"]),
    failed: count(["failed"]),
    lastError: latest?.lastError ?? null,
  };
}
