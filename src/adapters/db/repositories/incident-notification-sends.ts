// The notification e-mail's claim and retry columns on IncidentCustomer (art. 6 DPA): one request
// sends at a time, a failed send stays pending for the scheduler, and of several processes only one
// makes each attempt. Conditional updates do the claiming: of two claimants at once PostgreSQL lets
// one match the row; the other re-reads it after that commit and finds it taken. A sender whose
// lease ran out (a slow mail server) neither sends nor records a failure: the e-mail is the next
// sender's.
import type {
  IncidentRepository,
  NotificationSendLease,
} from "../../../domain/breach/incident-repository.ts";
import type { Actor, ActorPlatform } from "../../../domain/ports.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { ensureAccount } from "./audit.ts";

type NotificationSends = Pick<
  IncidentRepository,
  | "claimNotificationSend"
  | "renewNotificationSend"
  | "failNotificationSend"
  | "dueNotificationRetries"
  | "claimNotificationRetry"
>;

/** Not sending right now: no lease, or the lease of a sender that died has run out. */
const notSending = (now: Date) => ({
  OR: [{ notificationSendingUntil: null }, { notificationSendingUntil: { lte: now } }],
});

/** The row while `held` is still the claim on it (see NotificationSendLease). */
const heldBy = (clockId: string, held: NotificationSendLease) => ({
  id: clockId,
  notificationSendKey: held.requestKey,
  notificationSendingUntil: held.until,
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

    async renewNotificationSend(clockId, held, now, until) {
      const { count } = await prisma.incidentCustomer.updateMany({
        where: { ...heldBy(clockId, held), notificationSendingUntil: { equals: held.until, gt: now } },
        // Should this sender die while sending, the scheduler tries again once the lease has run out.
        data: { notificationSendingUntil: until, notificationRetryAt: until },
      });
      return count > 0 ? { requestKey: held.requestKey, until } : null;
    },

    async failNotificationSend(clockId, held, failure) {
      const final = failure.retryAt === null;
      const { count } = await prisma.incidentCustomer.updateMany({
        where: heldBy(clockId, held),
        data: {
          notificationSendingUntil: null,
          notificationRetryAt: failure.retryAt,
          notificationAttempts: final ? 0 : { increment: 1 },
          notificationError: failure.error,
          // Given up: a new request, or a repeat of this one, may try again.
          ...(final ? { notificationSendKey: null } : {}),
        },
      });
      return count > 0;
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
