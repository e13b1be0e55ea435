// The queue of entities whose clocks need another look (table "ClockCheck", filled by the
// clock_check triggers of prisma/migrations/*_clock_check). A tick claims the due entries like it
// claims reminders: one UPDATE over a `FOR UPDATE SKIP LOCKED` selection, as a lease, so instances
// share the work and the entries of an instance that died come back when the lease runs out.
import type { Db } from "./audit.ts";

export interface ClockCheckEntry {
  entityType: string;
  entityId: string;
  /** The change counter the facts were read at (claimed before reading them; 0: no entry). */
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

/** The change counters of some entities (0 for those without an entry), read with their facts. */
export async function readClockCheckVersions(
  db: Db,
  entityType: string,
  entityIds: string[],
): Promise<Map<string, bigint>> {
  if (entityIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ entityId: string; version: bigint }>>`
    SELECT "entityId", version FROM "ClockCheck"
    WHERE "entityType" = ${entityType} AND "entityId" = ANY(${entityIds}::text[])`;
  return new Map(entityIds.map((id) => [id, rows.find((row) => row.entityId === id)?.version ?? 0n]));
}

/**
 * Records what a reconcile found, where the version is still the one the facts were read at: a
 * change meanwhile keeps its entry due at once. An entity without an entry (version 0) gets one when
 * time will change its reminders: one no trigger wrote (the full pass, over data loaded around the
 * triggers). `instanceId` releases that instance's claims; the full pass claims nothing (null).
 */
export async function finishClockChecks(
  db: Db,
  outcomes: ClockCheckOutcome[],
  instanceId: string | null,
): Promise<void> {
  if (outcomes.length === 0) return;
  const types = outcomes.map((o) => o.entityType);
  const ids = outcomes.map((o) => o.entityId);
  const versions = outcomes.map((o) => o.version.toString());
  const next = outcomes.map((o) => o.nextCheckAt?.toISOString() ?? null);
  // One statement; its parts touch disjoint rows (a data-modifying CTE must not meet a row twice).
  await db.$executeRaw`
    WITH x AS (
      SELECT * FROM unnest(${types}::text[], ${ids}::text[], ${versions}::bigint[], ${next}::text[])
        AS x(t, i, v, n)
    ),
    added AS (
      INSERT INTO "ClockCheck" ("entityType", "entityId", "checkAt", version)
      SELECT t, i, n::timestamptz, 1 FROM x WHERE v = 0 AND n IS NOT NULL
      ON CONFLICT DO NOTHING
    ),
    removed AS (
      DELETE FROM "ClockCheck" c USING x
      WHERE c."entityType" = x.t AND c."entityId" = x.i AND c.version = x.v AND x.n IS NULL
    )
    UPDATE "ClockCheck" c
    SET "checkAt" = CASE WHEN c.version = x.v THEN x.n::timestamptz ELSE c."checkAt" END,
        "claimedBy" = CASE WHEN c."claimedBy" = ${instanceId} THEN NULL ELSE c."claimedBy" END,
        "claimedUntil" = CASE WHEN c."claimedBy" = ${instanceId} THEN NULL ELSE c."claimedUntil" END
    FROM x
    WHERE c."entityType" = x.t AND c."entityId" = x.i AND x.v > 0
      AND NOT (c.version = x.v AND x.n IS NULL)
      AND (c.version = x.v OR c."claimedBy" = ${instanceId})`;
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
