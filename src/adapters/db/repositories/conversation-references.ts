// Where the bot may post in Teams without being spoken to first (reminders, digests, approvals): the
// conversation reference Teams hands over when the app is installed in a team, chat or personal
// scope, removed again when it is uninstalled. Each change is audited with who made it.
import type { Actor } from "../../../domain/ports.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";

export type TeamsConversationKind = "channel" | "groupChat" | "personal";

export interface StoredConversation {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  teamId: string | null;
  name: string | null;
  kind: TeamsConversationKind;
  digest: boolean;
}

const select = {
  conversationId: true,
  serviceUrl: true,
  tenantId: true,
  teamId: true,
  name: true,
  kind: true,
  digest: true,
} as const;

function asStored(row: {
  conversationId: string;
  serviceUrl: string | null;
  tenantId: string | null;
  teamId: string | null;
  name: string | null;
  kind: string;
  digest: boolean;
}): StoredConversation {
  return { ...row, serviceUrl: row.serviceUrl ?? "", kind: row.kind as TeamsConversationKind };
}

export type ConversationInput = Omit<StoredConversation, "digest"> & {
  reference: unknown;
  /** A personal chat: whose (AAD object id), so approvals and forwards can find it later. */
  userAadId?: string | null;
};

/** Stores or refreshes a conversation (the service URL of a tenant can change). */
export async function saveConversation(
  db: Db,
  input: ConversationInput,
  actor: Actor | null,
): Promise<StoredConversation> {
  const { reference, ...fields } = input;
  const data = { ...fields, reference: JSON.parse(JSON.stringify(reference ?? null)) };
  const existing = await db.conversationReference.findUnique({
    where: { platform_conversationId: { platform: "teams", conversationId: input.conversationId } },
    select: { id: true },
  });
  const row = await db.conversationReference.upsert({
    where: { platform_conversationId: { platform: "teams", conversationId: input.conversationId } },
    create: { platform: "teams", ...data },
    update: data,
    select: { id: true, ...select },
  });
  if (!existing && actor) {
    await ensureAccount(db, actor);
    await recordAudit(db, actor, {
      action: "teams.conversation.installed",
      entityType: "ConversationReference",
      entityId: row.id,
      after: { conversationId: row.conversationId, kind: row.kind, teamId: row.teamId },
    });
  }
  return asStored(row);
}

/** The person's personal chat with the bot, when Teams has told us of one. */
export async function findPersonalConversation(
  db: Db,
  userAadId: string,
): Promise<StoredConversation | null> {
  const row = await db.conversationReference.findFirst({
    where: { platform: "teams", kind: "personal", userAadId },
    orderBy: { updatedAt: "desc" },
    select,
  });
  return row ? asStored(row) : null;
}

/**
 * Any conversation of the tenant (preferably `tenantId`): its service URL is where a new personal
 * chat is opened. Teams serves one tenant from one regional service URL.
 */
export async function findTenantAnchor(db: Db, tenantId: string | null): Promise<StoredConversation | null> {
  const rows = await db.conversationReference.findMany({
    where: { platform: "teams", serviceUrl: { not: null }, ...(tenantId ? { tenantId } : {}) },
    orderBy: { updatedAt: "desc" },
    take: 1,
    select,
  });
  return rows[0] ? asStored(rows[0]) : null;
}

export async function findConversation(db: Db, conversationId: string): Promise<StoredConversation | null> {
  const row = await db.conversationReference.findUnique({
    where: { platform_conversationId: { platform: "teams", conversationId } },
    select,
  });
  return row ? asStored(row) : null;
}

/** The app left a conversation, or a whole team: nothing is posted there any more. */
export async function removeConversations(
  db: Db,
  where: { conversationId: string } | { teamId: string },
  actor: Actor,
): Promise<number> {
  const rows = await db.conversationReference.findMany({
    where: { platform: "teams", ...where },
    select: { id: true, conversationId: true, teamId: true },
  });
  if (rows.length === 0) return 0;
  await db.conversationReference.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  await ensureAccount(db, actor);
  for (const row of rows) {
    await recordAudit(db, actor, {
      action: "teams.conversation.uninstalled",
      entityType: "ConversationReference",
      entityId: row.id,
      before: { conversationId: row.conversationId, teamId: row.teamId },
    });
  }
  return rows.length;
}

/** `digest here`: this conversation receives the daily digest (and the general reminders). */
export async function markDigestConversation(db: Db, conversationId: string, actor: Actor): Promise<boolean> {
  const row = await db.conversationReference.findUnique({
    where: { platform_conversationId: { platform: "teams", conversationId } },
    select: { id: true, digest: true },
  });
  if (!row) return false;
  if (row.digest) return true;
  await db.conversationReference.update({ where: { id: row.id }, data: { digest: true } });
  await ensureAccount(db, actor);
  await recordAudit(db, actor, {
    action: "teams.conversation.digest",
    entityType: "ConversationReference",
    entityId: row.id,
    before: { digest: false },
    after: { digest: true },
  });
  return true;
}

export async function listDigestConversations(db: Db): Promise<string[]> {
  const rows = await db.conversationReference.findMany({
    where: { platform: "teams", digest: true },
    select: { conversationId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.conversationId);
}
