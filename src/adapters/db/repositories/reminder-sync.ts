// The reminder rows of some entities brought in line with their plan, in at most three statements:
// one look-up of the entities' rows, one insert of what is missing, one cancel of what their clocks
// no longer plan. The look-up probes the (entityType, entityId) index once per entity (a LATERAL
// subquery with OFFSET 0, which the planner neither flattens into a scan of the whole table nor
// hands the status filter; see reminders.ts).
import type { Db } from "./audit.ts";
import { cancelPending } from "./reminder-cancellations.ts";
import { insertReminderRows, type NewReminder } from "./reminders.ts";

export interface EntityReminderPlan {
  entities: Array<{ entityType: string; entityId: string }>;
  /** The keys of the entities' open clocks: pending rows of any other clock are cancelled. */
  openClockKeys: string[];
  /** Every row the open clocks plan, also those beyond the look-ahead. */
  planned: NewReminder[];
  /** Planned rows due up to here are created now. */
  horizon: Date;
}

export async function syncRemindersOfEntities(
  db: Db,
  plan: EntityReminderPlan,
  now: Date,
): Promise<{ inserted: number; cancelled: number }> {
  if (plan.entities.length === 0) return { inserted: 0, cancelled: 0 };
  const rows = await db.$queryRaw<Array<{ id: string; clockKey: string; step: string; status: string }>>`
    SELECT x.id, x."clockKey", x.step, x.status::text AS status
    FROM unnest(${plan.entities.map((e) => e.entityType)}::text[], ${plan.entities.map((e) => e.entityId)}::text[])
      AS e(entity_type, entity_id)
    CROSS JOIN LATERAL (
      SELECT id, "clockKey", step, status FROM "Reminder"
      WHERE "entityType" = e.entity_type AND "entityId" = e.entity_id OFFSET 0
    ) x`;
  const key = (r: { clockKey: string; step: string }) => `${r.clockKey}\n${r.step}`;
  const present = new Set(rows.filter((r) => r.status !== "cancelled").map(key));
  const missing = plan.planned.filter((r) => r.dueAt <= plan.horizon && !present.has(key(r)));
  const open = new Set(plan.openClockKeys);
  const plannedClocks = new Set(plan.planned.map((r) => r.clockKey));
  const plannedSteps = new Set(plan.planned.map(key));
  const stale = rows.filter(
    (r) =>
      r.status === "pending" &&
      // The clock closed (or its deadline moved, which gives it a new key) ...
      (!open.has(r.clockKey) ||
        // ... or it no longer plans this step (changed offsets). Repeats after the deadline ("+3h")
        // are left to the supersede rule: only the latest two of those are ever planned.
        (plannedClocks.has(r.clockKey) && !r.step.startsWith("+") && !plannedSteps.has(key(r)))),
  );
  return {
    inserted: await insertReminderRows(db, missing, now),
    cancelled: await cancelPending(
      db,
      stale.map((r) => r.id),
      now,
    ),
  };
}
