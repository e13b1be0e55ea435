// Brings the reminder rows of some entities in line with their clocks: the one step shared by the
// incremental reconcile (the entities that changed or are due for a re-plan) and the full pass (every
// entity, a page at a time). Idempotent: inserts that exist already do nothing, so instances that
// reconcile the same entity at once agree without coordination.
import { clockSourceOf, type EntityClocks } from "../adapters/db/repositories/reminder-clocks.ts";
import { syncRemindersOfEntities } from "../adapters/db/repositories/reminder-sync.ts";
import type { NewReminder } from "../adapters/db/repositories/reminders.ts";
import { planReminders } from "../domain/reminders/schedule.ts";
import { resolveReminderTarget } from "../domain/reminders/target.ts";
import {
  clockSettings,
  engineOptions,
  type ReminderEngineDeps,
  reminderSettings,
  reminderTargetsOf,
} from "./engine-deps.ts";

export interface ReconcileReport {
  /** Open clocks among the entities looked at (all of them in a full pass). */
  openClocks: number;
  /** Entities looked at. */
  entities: number;
  inserted: number;
  cancelled: number;
  /** True when this was the full pass (the safety net) rather than the changed entities only. */
  full: boolean;
}

export function emptyReconcileReport(full: boolean): ReconcileReport {
  return { openClocks: 0, entities: 0, inserted: 0, cancelled: 0, full };
}

export function addReconcile(into: ReconcileReport, more: Omit<ReconcileReport, "full">): void {
  into.openClocks += more.openClocks;
  into.entities += more.entities;
  into.inserted += more.inserted;
  into.cancelled += more.cancelled;
}

export interface EntityOutcome {
  entityType: string;
  entityId: string;
  /** When time alone next changes this entity's reminders (a row enters the horizon or falls due). */
  nextCheckAt: Date | null;
}

/** Reads the facts of the given entities of one kind (absent ones have no clocks) and reconciles them. */
export async function reconcileEntitiesById(
  deps: ReminderEngineDeps,
  now: Date,
  entityType: string,
  entityIds: string[],
): Promise<{ report: Omit<ReconcileReport, "full">; outcomes: EntityOutcome[] }> {
  const source = clockSourceOf(entityType);
  const loaded = source
    ? await source.load(deps.prisma, { ids: entityIds }, now, clockSettings(deps.config))
    : [];
  const found = new Map(loaded.map((entity) => [entity.entityId, entity]));
  const entities = entityIds.map((entityId) => found.get(entityId) ?? { entityId, clocks: [] });
  return reconcileEntities(deps, now, entityType, entities);
}

/** Reconciles entities whose open clocks are already loaded. */
export async function reconcileEntities(
  deps: ReminderEngineDeps,
  now: Date,
  entityType: string,
  entities: EntityClocks[],
): Promise<{ report: Omit<ReconcileReport, "full">; outcomes: EntityOutcome[] }> {
  const lookahead = engineOptions(deps).lookaheadMs;
  const horizon = now.getTime() + lookahead;
  const planned = plannedRows(entities, now, deps);
  const clocks = entities.flatMap((entity) => entity.clocks);
  // Rows are created a while before they fall due, not as soon as the clock exists.
  const { inserted, cancelled } = await syncRemindersOfEntities(
    deps.prisma,
    {
      entities: entities.map((entity) => ({ entityType, entityId: entity.entityId })),
      openClockKeys: clocks.map((clock) => clock.key),
      planned,
      horizon: new Date(horizon),
    },
    now,
  );
  const rowsOf = new Map<string, NewReminder[]>();
  for (const row of planned) {
    const rows = rowsOf.get(row.entityId);
    if (rows) rows.push(row);
    else rowsOf.set(row.entityId, [row]);
  }
  const outcomes = entities.map((entity) => ({
    entityType,
    entityId: entity.entityId,
    nextCheckAt: nextCheckOf(rowsOf.get(entity.entityId) ?? [], now, lookahead),
  }));
  return {
    report: { openClocks: clocks.length, entities: entities.length, inserted, cancelled },
    outcomes,
  };
}

/**
 * The plan of a clock changes with time only when one of its rows enters the look-ahead horizon
 * (it is inserted then) or falls due (the next repeat after a deadline is planned then); between
 * those moments a re-plan finds nothing new, so nothing is re-planned.
 */
function nextCheckOf(rows: NewReminder[], now: Date, lookaheadMs: number): Date | null {
  let next = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const due = row.dueAt.getTime();
    if (due <= now.getTime()) continue;
    const enters = due - lookaheadMs;
    next = Math.min(next, enters > now.getTime() ? enters : due);
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

function plannedRows(entities: EntityClocks[], now: Date, deps: ReminderEngineDeps): NewReminder[] {
  const settings = reminderSettings(deps.config);
  const targets = reminderTargetsOf(deps);
  return entities.flatMap((entity) =>
    entity.clocks.flatMap((clock) => {
      const target = resolveReminderTarget(clock, targets);
      return planReminders(clock, now, settings).map((spec) => ({
        ...spec,
        platform: target?.platform ?? null,
        channelId: target?.channelId ?? null,
      }));
    }),
  );
}
