// The console's sessions in PostgreSQL. The browser holds a random token; only its SHA-256 is the
// row's id, so a copy of the table opens no console. A session ends when unused for the idle time,
// at its absolute end (12 hours after sign-in), or at sign-out, whichever comes first; every check
// takes "now" from the Clock port. Roles are never stored here: they are read on every request.
import type { Actor } from "../../../domain/ports.ts";
import { hashToken, newToken } from "./approval-links.ts";
import { type Db, recordAudit } from "./audit.ts";

/** The absolute lifetime of a session, whatever its activity. */
export const SESSION_HOURS = 12;
/** lastSeenAt is written at most this often: one write a minute per person, not one per page. */
const TOUCH_EVERY_MS = 60_000;

export interface ConsoleSessionIdentity {
  platform: Actor["platform"];
  userId: string;
  workspaceId: string;
  displayName: string;
}

export interface ConsoleSessionRow extends ConsoleSessionIdentity {
  id: string;
  csrfToken: string;
  lastSeenAt: Date;
}

/** Opens a session and audits the sign-in (Bijlage 2) in one transaction; returns the cookie's token. */
export async function openConsoleSession(
  db: Db,
  who: ConsoleSessionIdentity & { accountId: string },
  how: { method: "oidc" | "link"; now: Date; provider?: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const { accountId, ...identity } = who;
  await db.consoleSession.create({
    data: {
      id: hashToken(token),
      ...identity,
      csrfToken,
      method: how.method,
      createdAt: how.now,
      lastSeenAt: how.now,
      expiresAt: new Date(how.now.getTime() + SESSION_HOURS * 3_600_000),
    },
  });
  await recordAudit(db, actorOf(identity), {
    action: "console.signed_in",
    entityType: "Account",
    entityId: accountId,
    after: { method: how.method, ...(how.provider ? { provider: how.provider } : {}) },
  });
  return { token, csrfToken };
}

/** The live session of a cookie's token, or null (unknown, signed out, idle too long, or past its end). */
export async function findConsoleSession(
  db: Db,
  token: string,
  now: Date,
  idleMinutes: number,
): Promise<ConsoleSessionRow | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db.consoleSession.findUnique({ where: { id: hashToken(token) } });
  if (!row || row.signedOutAt) return null;
  if (row.expiresAt <= now) return null;
  if (row.lastSeenAt.getTime() + idleMinutes * 60_000 <= now.getTime()) return null;
  return {
    id: row.id,
    platform: row.platform,
    userId: row.userId,
    workspaceId: row.workspaceId,
    displayName: row.displayName,
    csrfToken: row.csrfToken,
    lastSeenAt: row.lastSeenAt,
  };
}

/** Keeps an active session from idling out. */
export async function touchConsoleSession(db: Db, session: ConsoleSessionRow, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await db.consoleSession.updateMany({
    where: { id: session.id, signedOutAt: null },
    data: { lastSeenAt: now },
  });
}

/** Sign-out: the session ends at once and the sign-out is audited. */
export async function endConsoleSession(db: Db, session: ConsoleSessionRow, now: Date): Promise<void> {
  const ended = await db.consoleSession.updateMany({
    where: { id: session.id, signedOutAt: null },
    data: { signedOutAt: now },
  });
  if (ended.count === 0) return;
  await recordAudit(db, actorOf(session), {
    action: "console.signed_out",
    entityType: "ConsoleSession",
    entityId: session.id.slice(0, 16),
  });
}

/** Rows that ended more than a day ago are of no use to anyone: removed at each sign-in. */
export async function forgetEndedConsoleSessions(db: Db, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  await db.consoleSession.deleteMany({ where: { expiresAt: { lt: dayAgo } } });
  await db.consoleSignInAttempt.deleteMany({ where: { expiresAt: { lt: now } } });
}

export function actorOf(identity: ConsoleSessionIdentity): Actor {
  return {
    platform: identity.platform,
    userId: identity.userId,
    displayName: identity.displayName,
    ...(identity.workspaceId ? { workspaceId: identity.workspaceId } : {}),
    // Only members of our own organisation get a session (sign-in refuses anyone else).
    standing: "member",
  };
}
