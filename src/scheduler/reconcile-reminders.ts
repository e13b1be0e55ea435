// Reconcile: bring the reminder rows in line with the clocks. Features only write clocks (deadlines,
// notifiedAt, decisions, statuses); they never touch reminders.
//
// A tick's cost follows what changed and what is due, not what is open:
// - the clock_check triggers queue every entity whose facts changed, in the transaction of the change
//   (so a crash between writing a clock and scheduling its reminders loses nothing);
// - each reconcile records when time alone next changes an entity's rows (a row enters the look-ahead
//   or falls due), and the entity is queued again for then;
// - a tick claims the queued entities that are due, a batch at a time, like it claims reminders;
// - a full pass over every open entity, a page at a time, runs at start-up and every hour (beside the
//   ticks, see start-scheduler.ts; stopping ends it between pages): the safety
//   net for facts written around the triggers, and for a clock that closes with time alone (a
//   contract's end closes its review clock; the check before each post covers the meantime).

import type { Db } from "../adapters/db/repositories/audit.ts";
import {
  claimClockChecks,
  finishClockChecks,
  pageOfEntitiesWithPendingReminders,
  readClockCheckVersions,
} from "../adapters/db/repositories/clock-checks.ts";
import {
  CLOCK_SOURCES,
  clockSourceOf,
  type EntityClocks,
  type EntitySelection,
} from "../adapters/db/repositories/reminder-clocks.ts";
import { clockSettings, engineOptions, type ReminderEngineDeps } from "./engine-deps.ts";
import {
  addReconcile,
  emptyReconcileReport,
  type ReconcileReport,
  reconcileEntities,
  reconcileEntitiesById,
} from "./reconcile-entities.ts";

export type { ReconcileReport } from "./reconcile-entities.ts";

/** Entities per page of the full pass and per claim of the incremental one. */
const PAGE_SIZE = 1_000;
/** The snapshot of a full pass stays open this long at most (100,000 clocks take about a minute). */
const FULL_PASS_TIMEOUT_MS = 15 * 60_000;

/**
 * The full pass: every open entity, then every entity that still has pending reminders. The facts
 * and the change counters are read from one snapshot (REPEATABLE READ), so a counter says exactly
 * which changes the facts include: recording an outcome under it never swallows a later change,
 * which keeps its entry due. The writes go through other connections, outside the snapshot.
 */
export async function reconcileReminders(
  deps: ReminderEngineDeps,
  stopping: () => boolean = () => false,
): Promise<ReconcileReport> {
  const now = deps.clock.now();
  const report = emptyReconcileReport(true);
  await deps.prisma.$transaction(
    async (snapshot) => {
      for (const source of CLOCK_SOURCES) {
        let after: string | null = null;
        while (!stopping()) {
          const page = await readWithVersions(snapshot, deps, now, source.entityType, {
            after,
            take: PAGE_SIZE,
          });
          if (page.entities.length === 0) break;
          addReconcile(report, await reconcileAndFinish(deps, now, source.entityType, page));
          after = page.entities[page.entities.length - 1]!.entityId;
          if (page.entities.length < PAGE_SIZE) break;
        }
      }
      // Closed or deleted behind the triggers' back: in no page above, but with pending reminders.
      let after: { entityType: string; entityId: string } | null = null;
      while (!stopping()) {
        const pending = await pageOfEntitiesWithPendingReminders(snapshot, after, PAGE_SIZE);
        if (pending.length === 0) break;
        for (const [entityType, ids] of groupByType(pending)) {
          const page = await readWithVersions(snapshot, deps, now, entityType, { ids });
          const done = await reconcileAndFinish(deps, now, entityType, page);
          report.inserted += done.inserted;
          report.cancelled += done.cancelled;
        }
        after = pending[pending.length - 1]!;
        if (pending.length < PAGE_SIZE) break;
      }
    },
    { isolationLevel: "RepeatableRead", timeout: FULL_PASS_TIMEOUT_MS, maxWait: 30_000 },
  );
  return report;
}

interface PageWithVersions {
  entities: EntityClocks[];
  versions: Map<string, bigint>;
}

/** Facts and change counters of some entities; those asked for by id that are gone have no clocks. */
async function readWithVersions(
  snapshot: Db,
  deps: ReminderEngineDeps,
  now: Date,
  entityType: string,
  selection: EntitySelection,
): Promise<PageWithVersions> {
  const source = clockSourceOf(entityType);
  const loaded = source ? await source.load(snapshot, selection, now, clockSettings(deps.config)) : [];
  let entities = loaded;
  if ("ids" in selection) {
    const found = new Map(loaded.map((entity) => [entity.entityId, entity]));
    entities = selection.ids.map((entityId) => found.get(entityId) ?? { entityId, clocks: [] });
  }
  const ids = entities.map((entity) => entity.entityId);
  return { entities, versions: await readClockCheckVersions(snapshot, entityType, ids) };
}

async function reconcileAndFinish(
  deps: ReminderEngineDeps,
  now: Date,
  entityType: string,
  page: PageWithVersions,
) {
  const done = await reconcileEntities(deps, now, entityType, page.entities);
  await finishClockChecks(
    deps.prisma,
    done.outcomes.map((o) => ({ ...o, version: page.versions.get(o.entityId) ?? 0n })),
    null,
  );
  return done.report;
}

/**
 * The incremental pass: the queued entities that changed or are due for a re-plan, claimed a batch
 * at a time (instances share them), until none are left or `maxBatches` are done (the rest waits for
 * the next tick, so the reminders that are due are not held up).
 */
export async function reconcileChangedClocks(
  deps: ReminderEngineDeps,
  maxBatches = 20,
): Promise<ReconcileReport> {
  const options = engineOptions(deps);
  const report = emptyReconcileReport(false);
  for (let batch = 0; batch < maxBatches; batch++) {
    const now = deps.clock.now();
    const claimed = await claimClockChecks(deps.prisma, {
      instanceId: deps.instanceId,
      now,
      leaseUntil: new Date(now.getTime() + options.checkLeaseMs),
      limit: PAGE_SIZE,
    });
    if (claimed.length === 0) break;
    const versions = new Map(claimed.map((c) => [`${c.entityType}\n${c.entityId}`, c.version]));
    for (const [entityType, ids] of groupByType(claimed)) {
      const done = await reconcileEntitiesById(deps, now, entityType, ids);
      await finishClockChecks(
        deps.prisma,
        done.outcomes.map((o) => ({ ...o, version: versions.get(`${o.entityType}\n${o.entityId}`)! })),
        deps.instanceId,
      );
      addReconcile(report, done.report);
    }
    if (claimed.length < PAGE_SIZE) break;
  }
  return report;
}

function groupByType(rows: Array<{ entityType: string; entityId: string }>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const ids = groups.get(row.entityType);
    if (ids) ids.push(row.entityId);
    else groups.set(row.entityType, [row.entityId]);
  }
  return groups;
}
