// The notification e-mail's claim and retry columns on IncidentCustomer (art. 6 DPA): one request
// sends at a time, a failed send stays pending for the scheduler, and of several processes only one
// makes each attempt. Conditional updates do the claiming: of two claimants at once PostgreSQL lets
// one match the row; the other re-reads it after that commit and finds it taken.
import type { IncidentRepository } from "../../../domain/breach/incident-repository.ts";
import type { Actor, ActorPlatform } from "../../../domain/ports.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { ensureAccount } from "./audit.ts";

type NotificationSends = Pick<
  IncidentRepository,
  "claimNotificationSend" | "failNotificationSend" | "dueNotificationRetries" | "claimNotificationRetry"
>;

/** Not sending right now: no lease, or the lease of a sender that died has run out. */
const notSending = (now: Date) => ({
  OR: [{ notificationSendingUntil: null }, { notificationSendingUntil: { lte: now } }],
});

export function notificationSends(prisma: PrismaClient): NotificationSends {
  return {
    async claimNotificationSend(clockId, claim) {
      const requester = await ensureAccount(prisma, claim.requestedBy);
      const { count } = await prisma.incidentCustomer.updateMany({
        where: {
          id: clockId,
          AND: [
            { OR: [{ notificationSendKey: null }, { notificationSendKey: { not: claim.requestKey } }] },
            notSending(claim.now),
          ],
        },
        data: {
          notificationSendKey: claim.requestKey,
          notificationSendingUntil: claim.until,
          // Should this sender die, the scheduler tries again once its lease has run out.
          notificationRetryAt: claim.until,
          notificationRequestedByAccountId: requester.id,
        },
      });
      if (count > 0) return "claimed";
      const row = await prisma.incidentCustomer.findUnique({
        where: { id: clockId },
        select: { notificationSendKey: true },
      });
      return row?.notificationSendKey === claim.requestKey ? "repeat" : "busy";
    },

    async failNotificationSend(clockId, requestKey, failure) {
      const final = failure.retryAt === null;
      await prisma.incidentCustomer.updateMany({
        where: { id: clockId, notificationSendKey: requestKey },
        data: {
          notificationSendingUntil: null,
          notificationRetryAt: failure.retryAt,
          notificationAttempts: final ? 0 : { increment: 1 },
          notificationError: failure.error,
          // Given up: a new request, or a repeat of this one, may try again.
          ...(final ? { notificationSendKey: null } : {}),
        },
      });
    },

    async dueNotificationRetries(now, limit) {
      const rows = await prisma.incidentCustomer.findMany({
        where: { notificationRetryAt: { lte: now }, incident: { status: "open" }, ...notSending(now) },
        select: { id: true },
        orderBy: { notificationRetryAt: "asc" },
        take: limit,
      });
      return rows.map((r) => r.id);
    },

    async claimNotificationRetry(clockId, claim) {
      const rows = await prisma.incidentCustomer.updateManyAndReturn({
        where: {
          id: clockId,
          notificationRetryAt: { lte: claim.now },
          notificationSendKey: { not: null },
          ...notSending(claim.now),
        },
        data: { notificationSendingUntil: claim.until, notificationRetryAt: claim.until },
        select: {
          id: true,
          incidentId: true,
          notificationSendKey: true,
          notificationAttempts: true,
          notificationRequestedByAccountId: true,
        },
      });
      const row = rows[0];
      if (!row?.notificationSendKey) return null;
      return {
        clockId: row.id,
        incidentId: row.incidentId,
        requestKey: row.notificationSendKey,
        attempts: row.notificationAttempts,
        requestedBy: await requester(prisma, row.notificationRequestedByAccountId),
      };
    },
  };
}

async function requester(prisma: PrismaClient, accountId: string | null): Promise<Actor | null> {
  if (!accountId) return null;
  const account = await prisma.account.findUnique({ where: { id: accountId } });
  if (!account) return null;
  return {
    platform: account.platform as ActorPlatform,
    userId: account.platformUserId,
    displayName: account.displayName,
    workspaceId: account.workspaceId,
  };
}
