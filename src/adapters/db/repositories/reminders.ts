// Reminder rows in PostgreSQL: inserted from the clocks, claimed atomically, marked once sent.
//
// Several instances share one database. A reminder is claimed with one UPDATE over a
// `FOR UPDATE SKIP LOCKED` selection, so two instances never hold the same row; a claim is a lease,
// so the rows of an instance that died come back after `claimedUntil`. Every later transition is
// conditional on still holding the claim: an instance that lost its lease changes nothing.
import type { ReminderKind } from "../../../domain/reminders/clocks.ts";
import type { ReminderPayload, ReminderSpec } from "../../../domain/reminders/schedule.ts";
import type { Db } from "./audit.ts";

export { cancelRemindersOfClosedClocks, cancelUnplannedReminders } from "./reminder-cancellations.ts";

export type ReminderStatus = "pending" | "claimed" | "sent" | "superseded" | "cancelled" | "failed";

export interface ReminderRow {
  id: string;
  kind: ReminderKind;
  clockKey: string;
  step: string;
  entityType: string;
  entityId: string;
  dueAt: Date;
  status: ReminderStatus;
  platform: string | null;
  channelId: string | null;
  payload: ReminderPayload | null;
  claimedBy: string | null;
  claimedUntil: Date | null;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
}

export interface NewReminder extends ReminderSpec {
  platform: string | null;
  channelId: string | null;
}

/**
 * Inserts the reminders that do not exist yet; existing (clockKey, step) rows are left as they are,
 * except a cancelled one, which is pending again: its clock is open (it was just derived from it),
 * so the cancellation was a race with a concurrent reconcile or the clock was re-opened.
 *
 * Runs every tick with every open clock's rows, nearly all of which exist: those are looked up and
 * left out first, which costs a fraction of letting ON CONFLICT find them one by one.
 */
export async function insertMissingReminders(db: Db, reminders: NewReminder[], now: Date): Promise<number> {
  if (reminders.length === 0) return 0;
  const clockKeys = [...new Set(reminders.map((r) => r.clockKey))];
  // One index probe per clock, whatever the planner's statistics say about the table: a LATERAL
  // subquery with OFFSET 0 is neither flattened into a hash join over the whole table nor given the
  // status filter, which stale statistics turned into a scan of the status index per probe (EXPLAIN
  // ANALYZE at 100,000 clocks: seconds per batch). The cancellations below do the same.
  const existing = await db.$queryRaw<Array<{ clockKey: string; step: string }>>`
    SELECT x."clockKey", x.step FROM unnest(${clockKeys}::text[]) AS k(clock_key)
    CROSS JOIN LATERAL (
      SELECT "clockKey", step, status FROM "Reminder" WHERE "clockKey" = k.clock_key OFFSET 0
    ) x
    WHERE x.status <> 'cancelled'`;
  const present = new Set(existing.map((row) => `${row.clockKey}\n${row.step}`));
  return insertReminderRows(
    db,
    reminders.filter((r) => !present.has(`${r.clockKey}\n${r.step}`)),
    now,
  );
}

/** Inserts rows known to be missing; one that exists cancelled is pending again (see above). */
export async function insertReminderRows(db: Db, missing: NewReminder[], now: Date): Promise<number> {
  if (missing.length === 0) return 0;
  const column = <T>(pick: (r: NewReminder) => T) => missing.map(pick);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "Reminder" AS r
      (id, kind, "clockKey", step, "entityType", "entityId", "dueAt", status, platform, "channelId",
       payload, attempts, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), t.kind, t.clock_key, t.step, t.entity_type, t.entity_id, t.due_at::timestamptz,
           'pending', t.platform::"Platform", t.channel_id, t.payload::jsonb, 0, ${now}, ${now}
    FROM unnest(
      ${column((r) => r.kind)}::text[], ${column((r) => r.clockKey)}::text[], ${column((r) => r.step)}::text[],
      ${column((r) => r.entityType)}::text[], ${column((r) => r.entityId)}::text[],
      ${column((r) => r.dueAt.toISOString())}::text[], ${column((r) => r.platform)}::text[],
      ${column((r) => r.channelId)}::text[], ${column((r) => JSON.stringify(r.payload))}::text[]
    ) AS t(kind, clock_key, step, entity_type, entity_id, due_at, platform, channel_id, payload)
    ON CONFLICT ("clockKey", step) DO UPDATE
      SET status = 'pending', "claimedBy" = NULL, "claimedUntil" = NULL, "nextAttemptAt" = NULL,
          "updatedAt" = EXCLUDED."updatedAt"
      WHERE r.status = 'cancelled'
    RETURNING r.id`;
  return rows.length;
}

/**
 * Of several due reminders of one clock only the most urgent (the latest step) is sent: the older
 * ones are superseded. This is what keeps a restart after hours of downtime from posting a flood of
 * stale reminders. Expired claims (an instance died holding them) are superseded the same way.
 */
export async function supersedeStaleReminders(db: Db, now: Date): Promise<number> {
  return db.$executeRaw`
    UPDATE "Reminder" r SET status = 'superseded', "claimedBy" = NULL, "claimedUntil" = NULL, "updatedAt" = ${now}
    WHERE r."dueAt" <= ${now}
      AND (r.status = 'pending' OR (r.status = 'claimed' AND r."claimedUntil" < ${now}))
      AND EXISTS (
        SELECT 1 FROM "Reminder" later
        WHERE later."clockKey" = r."clockKey"
          AND later."dueAt" > r."dueAt" AND later."dueAt" <= ${now}
          AND later.status IN ('pending', 'claimed', 'sent', 'failed'))`;
}

export interface ClaimRequest {
  instanceId: string;
  now: Date;
  leaseUntil: Date;
  limit: number;
  /** At most this many rows of one channel per claim, so instances share the channels. */
  perChannel: number;
}

/**
 * Claims up to `limit` due reminders, oldest first, at most `perChannel` of any one channel. A
 * channel whose reminders another instance is sending right now is left to that instance, so the
 * per-channel pace holds across instances (the 429 handling remains the backstop when two claims
 * race). The claimable conditions are repeated on the locked rows: under READ COMMITTED they are
 * re-checked against the row's latest version, so a row claimed meanwhile is never claimed twice.
 */
export async function claimDueReminders(db: Db, request: ClaimRequest): Promise<ReminderRow[]> {
  const { instanceId, now, leaseUntil, limit, perChannel } = request;
  const rows = await db.$queryRaw<ReminderRow[]>`
    WITH candidates AS (
      SELECT c.id, c."channelId",
             row_number() OVER (PARTITION BY c.platform, c."channelId" ORDER BY c."dueAt", c.id) AS position,
             min(c."dueAt") OVER (PARTITION BY c.platform, c."channelId") AS channel_due
      FROM "Reminder" c
      WHERE c."dueAt" <= ${now}
        AND ((c.status = 'pending' AND (c."nextAttemptAt" IS NULL OR c."nextAttemptAt" <= ${now}))
          OR (c.status = 'claimed' AND c."claimedUntil" < ${now}))
        AND NOT EXISTS (
          SELECT 1 FROM "Reminder" o
          WHERE o.status = 'claimed' AND o."claimedUntil" >= ${now} AND o."claimedBy" <> ${instanceId}
            AND o.platform IS NOT DISTINCT FROM c.platform AND o."channelId" IS NOT DISTINCT FROM c."channelId")
    ),
    -- A generous shortlist of whole channels, most urgent channel first (ties in an order of this
    -- instance's own, so instances claiming together start on different channels) ...
    shortlist AS (
      SELECT id, channel_due, position, md5(coalesce("channelId", '') || ${instanceId}) AS spread
      FROM candidates WHERE position <= ${perChannel}
      ORDER BY channel_due, spread, position LIMIT ${limit * 3}
    ),
    -- ... of which the first rows nobody else has locked are taken.
    chosen AS (
      SELECT l.id FROM "Reminder" l JOIN shortlist s ON s.id = l.id
      WHERE l."dueAt" <= ${now}
        AND ((l.status = 'pending' AND (l."nextAttemptAt" IS NULL OR l."nextAttemptAt" <= ${now}))
          OR (l.status = 'claimed' AND l."claimedUntil" < ${now}))
      ORDER BY s.channel_due, s.spread, s.position
      LIMIT ${limit}
      FOR UPDATE OF l SKIP LOCKED
    )
    UPDATE "Reminder" r
    SET status = 'claimed', "claimedBy" = ${instanceId}, "claimedUntil" = ${leaseUntil}, "updatedAt" = ${now}
    FROM chosen
    WHERE r.id = chosen.id
    RETURNING r.id, r.kind, r."clockKey", r.step, r."entityType", r."entityId", r."dueAt", r.status::text AS status,
              r.platform::text AS platform, r."channelId", r.payload, r."claimedBy", r."claimedUntil", r.attempts,
              r."nextAttemptAt", r."lastError", r."sentAt"`;
  return rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

interface Claim {
  id: string;
  instanceId: string;
  now: Date;
}

/** True when the claim was still ours; false means another instance took it over (lease expired). */
export async function markReminderSent(
  db: Db,
  claim: Claim & { platform: string; channelId: string },
): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Reminder"
    SET status = 'sent', "sentAt" = ${claim.now}, "claimedUntil" = NULL, "nextAttemptAt" = NULL, "lastError" = NULL,
        attempts = attempts + 1, platform = ${claim.platform}::"Platform", "channelId" = ${claim.channelId},
        "updatedAt" = ${claim.now}
    WHERE id = ${claim.id}::uuid AND status = 'claimed' AND "claimedBy" = ${claim.instanceId}`;
  return count === 1;
}

/** Back to pending for another attempt at `nextAttemptAt`; `countAttempt` false when nothing was tried. */
export async function rescheduleReminder(
  db: Db,
  claim: Claim & { nextAttemptAt: Date; lastError: string | null; countAttempt: boolean },
): Promise<boolean> {
  const increment = claim.countAttempt ? 1 : 0;
  const count = await db.$executeRaw`
    UPDATE "Reminder"
    SET status = 'pending', "claimedBy" = NULL, "claimedUntil" = NULL, "nextAttemptAt" = ${claim.nextAttemptAt},
        attempts = attempts + ${increment}, "lastError" = COALESCE(${claim.lastError}, "lastError"),
        "updatedAt" = ${claim.now}
    WHERE id = ${claim.id}::uuid AND status = 'claimed' AND "claimedBy" = ${claim.instanceId}`;
  return count === 1;
}

/** Given up: kept as `failed` with the error, shown in the digest until its clock closes. */
export async function markReminderFailed(db: Db, claim: Claim & { lastError: string }): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Reminder"
    SET status = 'failed', "claimedUntil" = NULL, attempts = attempts + 1, "lastError" = ${claim.lastError},
        "updatedAt" = ${claim.now}
    WHERE id = ${claim.id}::uuid AND status = 'claimed' AND "claimedBy" = ${claim.instanceId}`;
  return count === 1;
}

/** Not sent, and never to be: its clock closed, or a later reminder of the same clock went instead. */
export async function retireReminder(
  db: Db,
  claim: Claim & { status: "cancelled" | "superseded" },
): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Reminder"
    SET status = ${claim.status}::"ReminderStatus", "claimedBy" = NULL, "claimedUntil" = NULL,
        "updatedAt" = ${claim.now}
    WHERE id = ${claim.id}::uuid AND status = 'claimed' AND "claimedBy" = ${claim.instanceId}`;
  return count === 1;
}

/** Failed reminders of the given clocks, newest first (the digest shows those still relevant). */
export async function listFailedReminders(db: Db, clockKeys: string[]): Promise<ReminderRow[]> {
  if (clockKeys.length === 0) return [];
  return db.$queryRaw<ReminderRow[]>`
    SELECT id, kind, "clockKey", step, "entityType", "entityId", "dueAt", status::text AS status,
           platform::text AS platform, "channelId", payload, "claimedBy", "claimedUntil", attempts,
           "nextAttemptAt", "lastError", "sentAt"
    FROM "Reminder"
    WHERE status = 'failed' AND "clockKey" = ANY(${clockKeys}::text[])
    ORDER BY "dueAt" DESC`;
}

/** Counts per status, for health checks and tests. */
export async function countRemindersByStatus(db: Db): Promise<Record<ReminderStatus, number>> {
  const rows = await db.$queryRaw<Array<{ status: ReminderStatus; count: bigint }>>`
    SELECT status::text AS status, count(*) AS count FROM "Reminder" GROUP BY status`;
  const counts: Record<ReminderStatus, number> = {
    pending: 0,
    claimed: 0,
    sent: 0,
    superseded: 0,
    cancelled: 0,
    failed: 0,
  };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
