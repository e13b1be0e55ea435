// The incident and data breach register (Bijlage 3) in PostgreSQL. Every change writes its timeline
// entry and its audit row in the same transaction as the change itself.
import type { Incident } from "../../../domain/breach/incident.ts";
import type {
  AuthorityDecisionRecord,
  IncidentRepository,
  NewIncident,
  ReportChange,
} from "../../../domain/breach/incident-repository.ts";
import type { Actor, ChatPlatform, Language, PostedMessage } from "../../../domain/ports.ts";
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";
import {
  auditSnapshot,
  detailColumns,
  type IncidentRow,
  incidentInclude,
  toIncident,
} from "./incident-records.ts";
import { nextReference } from "./reference-counter.ts";

export const INCIDENT_REFERENCE_PREFIX = "DL";

export function createIncidentRepository(prisma: PrismaClient): IncidentRepository {
  return {
    async create(draft, actor) {
      const existing = await findByKey(prisma, draft.idempotencyKey);
      if (existing) return { incident: existing, created: false };
      try {
        const id = await prisma.$transaction((tx) => insertIncident(tx, draft, actor));
        return { incident: (await loadIncident(prisma, id))!, created: true };
      } catch (error) {
        // A concurrent retry of the same submission committed first: return its incident.
        const winner = isUniqueViolation(error) ? await findByKey(prisma, draft.idempotencyKey) : null;
        if (winner) return { incident: winner, created: false };
        throw error;
      }
    },

    get: (id) => loadIncident(prisma, id),

    async claimPosting(id, claim) {
      // A conditional update: of two processes claiming at once, PostgreSQL lets one match the row;
      // the other re-reads it after that commit and finds it held.
      const { count } = await prisma.incident.updateMany({
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
      });
      if (count === 0) return null;
      const row = await prisma.incident.findUniqueOrThrow({ where: { id }, select: { postAttempts: true } });
      return row.postAttempts;
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
      changeIncident(prisma, id, actor, "incident.report_updated", "report_updated", async (tx) => {
        await writeReportChange(tx, id, change);
        return "";
      }),

    recordCustomerInformed: (clockId, notification, actor) =>
      changeClock(prisma, clockId, actor, "incident.customer_informed", async (tx, accountId) => {
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
            ...(notification.messageId === null ? {} : { notificationSendingUntil: null }),
          },
          include: { customer: { select: { key: true } } },
        });
        return `${clock.customer.key}: ${notification.via}`;
      }),

    async claimNotificationSend(clockId, claim) {
      // A conditional update: of two requests claiming at once, PostgreSQL lets one match the row;
      // the other re-reads it after that commit and finds it claimed.
      const { count } = await prisma.incidentCustomer.updateMany({
        where: {
          id: clockId,
          AND: [
            { OR: [{ notificationSendKey: null }, { notificationSendKey: { not: claim.requestKey } }] },
            { OR: [{ notificationSendingUntil: null }, { notificationSendingUntil: { lte: claim.now } }] },
          ],
        },
        data: { notificationSendKey: claim.requestKey, notificationSendingUntil: claim.until },
      });
      if (count > 0) return "claimed";
      const row = await prisma.incidentCustomer.findUnique({
        where: { id: clockId },
        select: { notificationSendKey: true },
      });
      return row?.notificationSendKey === claim.requestKey ? "repeat" : "busy";
    },

    async releaseNotificationSend(clockId, requestKey) {
      await prisma.incidentCustomer.updateMany({
        where: { id: clockId, notificationSendKey: requestKey },
        data: { notificationSendKey: null, notificationSendingUntil: null },
      });
    },

    recordAuthorityDecision: (clockId, record: AuthorityDecisionRecord, actor) =>
      changeClock(prisma, clockId, actor, "incident.authority_decision", async (tx, accountId) => {
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
      }),

    close: (id, closing, actor) =>
      changeIncident(prisma, id, actor, "incident.closed", "closed", async (tx, accountId) => {
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
  };
}

async function insertIncident(
  tx: Prisma.TransactionClient,
  draft: NewIncident,
  actor: Actor,
): Promise<string> {
  const account = await ensureAccount(tx, actor);
  const reference = await nextReference(tx, INCIDENT_REFERENCE_PREFIX, draft.referenceYear);
  const row = await tx.incident.create({
    data: {
      reference,
      discoveredAt: draft.discoveredAt,
      reportedAt: draft.reportedAt,
      reporterAccountId: account.id,
      idempotencyKey: draft.idempotencyKey,
      platform: draft.platform,
      ...detailColumns(draft.details),
      customers: {
        create: draft.clocks.map((clock) => ({
          customerId: clock.customerId,
          notifyDeadline: clock.notifyDeadline,
          authorityDeadline: clock.authorityDeadline,
        })),
      },
    },
    include: incidentInclude,
  });
  await tx.incidentUpdate.create({
    data: {
      incidentId: row.id,
      at: draft.reportedAt,
      accountId: account.id,
      kind: "reported",
      text: reference,
    },
  });
  const after = auditSnapshot(toIncident(row, null));
  await recordAudit(tx, actor, {
    action: "incident.reported",
    entityType: "Incident",
    entityId: row.id,
    after,
  });
  return row.id;
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

/** Runs one change of an incident with its timeline entry and audit row (before and after). */
async function changeIncident(
  prisma: PrismaClient,
  id: string,
  actor: Actor,
  action: string,
  kind: string,
  change: (tx: Prisma.TransactionClient, accountId: string) => Promise<string>,
): Promise<Incident> {
  await prisma.$transaction(async (tx) => {
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
  action: string,
  change: (tx: Prisma.TransactionClient, accountId: string) => Promise<string>,
): Promise<Incident> {
  const clock = await prisma.incidentCustomer.findUniqueOrThrow({
    where: { id: clockId },
    select: { incidentId: true },
  });
  return changeIncident(prisma, clock.incidentId, actor, action, action.replace(/^incident\./, ""), change);
}

async function findByKey(db: Db, idempotencyKey: string): Promise<Incident | null> {
  const row = await db.incident.findUnique({ where: { idempotencyKey }, include: incidentInclude });
  return row ? withLanguage(db, row) : null;
}

export async function loadIncident(db: Db, id: string): Promise<Incident | null> {
  const row = await db.incident.findUnique({ where: { id }, include: incidentInclude });
  return row ? withLanguage(db, row) : null;
}

/** An open incident whose message was never posted, and where it is meant to go. */
export interface UnpostedIncident {
  id: string;
  platform: ChatPlatform;
  channelId: string;
  /** The reporter's user id on that platform: the last place to show the incident. */
  reporterUserId: string | null;
}

/** Open incidents with a target channel and no message whose hold has passed, oldest first. */
export async function findUnpostedIncidents(db: Db, now: Date, limit: number): Promise<UnpostedIncident[]> {
  const rows = await db.incident.findMany({
    where: {
      status: "open",
      messageId: null,
      channelId: { not: null },
      platform: { in: ["slack", "teams"] },
      OR: [{ postHeldUntil: null }, { postHeldUntil: { lte: now } }],
    },
    select: {
      id: true,
      platform: true,
      channelId: true,
      reporter: { select: { platform: true, platformUserId: true } },
    },
    orderBy: { reportedAt: "asc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    platform: row.platform as ChatPlatform,
    channelId: row.channelId!,
    reporterUserId: row.reporter.platform === row.platform ? row.reporter.platformUserId : null,
  }));
}

/** The whole register, oldest discovery first. */
export async function listIncidents(db: Db): Promise<Incident[]> {
  const rows = await db.incident.findMany({
    include: incidentInclude,
    orderBy: [{ discoveredAt: "asc" }, { reference: "asc" }],
  });
  return Promise.all(rows.map((row) => withLanguage(db, row)));
}

// The channel message speaks the language of the reporter's workspace, when it has one.
async function withLanguage(db: Db, row: IncidentRow): Promise<Incident> {
  return toIncident(row, await workspaceLanguage(db, row.reporter));
}

async function workspaceLanguage(
  db: Db,
  reporter: { platform: string; workspaceId: string },
): Promise<Language | null> {
  if (!reporter.workspaceId || (reporter.platform !== "slack" && reporter.platform !== "teams")) return null;
  const workspace = await db.workspace.findUnique({
    where: { platform_externalId: { platform: reporter.platform, externalId: reporter.workspaceId } },
    select: { language: true },
  });
  return workspace?.language ?? null;
}

/** The language of an incident's channel message, so its reminders speak the same language. */
export async function incidentChannelLanguage(db: Db, incidentId: string): Promise<Language | null> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: { reporter: { select: { platform: true, workspaceId: true } } },
  });
  return incident ? workspaceLanguage(db, incident.reporter) : null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
