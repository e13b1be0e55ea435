// The queue of entities whose clocks need another look (table "ClockCheck", filled by the
// clock_check triggers of prisma/migrations/*_clock_check). A tick claims the due entries like it
// claims reminders: one UPDATE over a `FOR UPDATE SKIP LOCKED` selection, as a lease, so instances
// share the work and the entries of an instance that died come back when the lease runs out.
import type { Db } from "./audit.ts";

export interface ClockCheckEntry {
  entityType: string;
  entityId: string;
  /** The change counter when the entry was claimed, before its facts were read. */
  version: bigint;
}

export interface ClockCheckClaim {
  instanceId: string;
  now: Date;
  leaseUntil: Date;
  limit: number;
}

/** Claims up to `limit` entries that changed (first) or whose time-driven re-plan is due. */
export async function claimClockChecks(db: Db, claim: ClockCheckClaim): Promise<ClockCheckEntry[]> {
  return db.$queryRaw<ClockCheckEntry[]>`
    WITH chosen AS (
      SELECT "entityType", "entityId" FROM "ClockCheck"
      WHERE ("checkAt" IS NULL OR "checkAt" <= ${claim.now})
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${claim.now})
      ORDER BY "checkAt" ASC NULLS FIRST
      LIMIT ${claim.limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "ClockCheck" c
    SET "claimedBy" = ${claim.instanceId}, "claimedUntil" = ${claim.leaseUntil}
    FROM chosen
    WHERE c."entityType" = chosen."entityType" AND c."entityId" = chosen."entityId"
    RETURNING c."entityType", c."entityId", c.version`;
}

export interface ClockCheckOutcome extends ClockCheckEntry {
  /** When time alone next changes the entity's reminders; null: never (until its facts change). */
  nextCheckAt: Date | null;
}

/**
 * Records what a reconcile of claimed entries found, where the version is still the one claimed: a
 * change meanwhile keeps its entry due at once. Releases this instance's claims either way.
 */
export async function finishClockChecks(
  db: Db,
  outcomes: ClockCheckOutcome[],
  instanceId: string,
): Promise<void> {
  if (outcomes.length === 0) return;
  const types = outcomes.map((o) => o.entityType);
  const ids = outcomes.map((o) => o.entityId);
  const versions = outcomes.map((o) => o.version.toString());
  const next = outcomes.map((o) => o.nextCheckAt?.toISOString() ?? null);
  await db.$executeRaw`
    DELETE FROM "ClockCheck" c
    USING unnest(${types}::text[], ${ids}::text[], ${versions}::bigint[], ${next}::text[]) AS x(t, i, v, n)
    WHERE c."entityType" = x.t AND c."entityId" = x.i AND c.version = x.v AND x.n IS NULL`;
  await db.$executeRaw`
    UPDATE "ClockCheck" c
    SET "checkAt" = CASE WHEN c.version = x.v THEN x.n::timestamptz ELSE c."checkAt" END,
        "claimedBy" = NULL, "claimedUntil" = NULL
    FROM unnest(${types}::text[], ${ids}::text[], ${versions}::bigint[], ${next}::text[]) AS x(t, i, v, n)
    WHERE c."entityType" = x.t AND c."entityId" = x.i AND c."claimedBy" = ${instanceId}`;
}

/**
 * The full pass's findings: when each entity is next due for a re-plan. It claims nothing and read
 * its facts at no particular version, so it never overrides a pending change (checkAt NULL) and only
 * ever moves a re-plan earlier; an entry it creates is one no trigger wrote (data loaded around them).
 */
export async function scheduleClockChecks(
  db: Db,
  outcomes: Array<{ entityType: string; entityId: string; nextCheckAt: Date | null }>,
): Promise<void> {
  const due = outcomes.filter((o) => o.nextCheckAt !== null);
  if (due.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "ClockCheck" ("entityType", "entityId", "checkAt", version)
    SELECT t, i, n::timestamptz, 1
    FROM unnest(${due.map((o) => o.entityType)}::text[], ${due.map((o) => o.entityId)}::text[],
                ${due.map((o) => o.nextCheckAt!.toISOString())}::text[]) AS x(t, i, n)
    ON CONFLICT ("entityType", "entityId") DO UPDATE
      SET "checkAt" = LEAST("ClockCheck"."checkAt", EXCLUDED."checkAt")
      WHERE "ClockCheck"."checkAt" IS NOT NULL`;
}

/** Entries waiting right now (changed, or a re-plan due): what the next tick will reconcile. */
export async function countDueClockChecks(db: Db, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ count: bigint }>>`
    SELECT count(*) AS count FROM "ClockCheck" WHERE "checkAt" IS NULL OR "checkAt" <= ${now}`;
  return Number(row?.count ?? 0);
}

/**
 * A page of the entities that have pending reminders, in (type, id) order: the full pass looks at
 * these too, since an entity that was deleted or closed behind the triggers' back is in no source's
 * open rows, and its reminders must still be cancelled.
 */
export async function pageOfEntitiesWithPendingReminders(
  db: Db,
  after: { entityType: string; entityId: string } | null,
  take: number,
): Promise<Array<{ entityType: string; entityId: string }>> {
  return db.$queryRaw<Array<{ entityType: string; entityId: string }>>`
    SELECT DISTINCT "entityType", "entityId" FROM "Reminder"
    WHERE status = 'pending'
      AND (${after?.entityType ?? null}::text IS NULL
           OR ("entityType", "entityId") > (${after?.entityType ?? ""}, ${after?.entityId ?? ""}))
    ORDER BY "entityType", "entityId"
    LIMIT ${take}`;
}
