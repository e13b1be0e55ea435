// Writes the append-only audit log (Bijlage 2: named accounts, logged use). Called inside the same
// transaction as the change it records, so a change without its audit row cannot exist.

import type { Actor } from "../../../domain/ports.ts";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.ts";

/** Either the client or an interactive transaction's client. */
export type Db = PrismaClient | Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorPlatform: actor.platform,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/** The account row of a named actor, created on first use; its display name follows the platform. */
export async function ensureAccount(db: Db, actor: Actor): Promise<{ id: string }> {
  const workspaceId = actor.workspaceId ?? "";
  return db.account.upsert({
    where: {
      platform_workspaceId_platformUserId: {
        platform: actor.platform,
        workspaceId,
        platformUserId: actor.userId,
      },
    },
    create: {
      platform: actor.platform,
      workspaceId,
      platformUserId: actor.userId,
      displayName: actor.displayName,
    },
    update: { displayName: actor.displayName },
    select: { id: true },
  });
}

// Dates become ISO strings and undefined fields disappear, as they would in any JSON export.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
