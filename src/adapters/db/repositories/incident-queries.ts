// Reading the incident register: single incidents, the whole register, incidents still to post,
// and the language their channel message speaks.
import type { Incident } from "../../../domain/breach/incident.ts";
import type { ChatPlatform, Language } from "../../../domain/ports.ts";
import type { Db } from "./audit.ts";
import { type IncidentRow, incidentInclude, toIncident } from "./incident-records.ts";

export async function findByKey(db: Db, idempotencyKey: string): Promise<Incident | null> {
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
  return toIncident(row, await workspaceLanguageOf(db, row.reporter));
}

/** The language chosen for a reporter's workspace, if any. */
export async function workspaceLanguageOf(
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
  return incident ? workspaceLanguageOf(db, incident.reporter) : null;
}

/** A refused update of an incident's message: the scheduler renders it again (refresh-stale-incidents.ts). */
export async function markIncidentMessageStale(db: Db, id: string): Promise<void> {
  await db.incident.updateMany({ where: { id, messageId: { not: null } }, data: { messageStale: true } });
}

/** Open incidents whose posted message missed an update, least recently changed first. */
export async function findStaleIncidentMessages(
  db: Db,
  limit: number,
): Promise<Array<{ id: string; platform: ChatPlatform; channelId: string }>> {
  const rows = await db.incident.findMany({
    where: { messageStale: true, status: "open", messageId: { not: null }, channelId: { not: null } },
    select: { id: true, platform: true, channelId: true },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    platform: row.platform as ChatPlatform,
    channelId: row.channelId!,
  }));
}

/**
 * Takes the mark off before rendering the message again: of several instances only the one whose
 * update matched renders it, and a refusal while rendering marks it again.
 */
export async function takeStaleIncidentMessage(db: Db, id: string): Promise<boolean> {
  const { count } = await db.incident.updateMany({
    where: { id, messageStale: true },
    data: { messageStale: false },
  });
  return count === 1;
}
