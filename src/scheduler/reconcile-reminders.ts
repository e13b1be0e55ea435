// Reconcile: bring the reminder rows in line with the clocks. Runs at every tick on every instance;
// idempotent (inserts that exist already do nothing), so concurrent instances agree without
// coordination, and a crash between writing a clock and scheduling its reminders loses nothing:
// the next tick of any instance derives them again.
//
// Features only write clocks (deadlines, notifiedAt, decisions, statuses); they never touch reminders.

import { loadOpenClocks } from "../adapters/db/repositories/reminder-clocks.ts";
import {
  cancelRemindersOfClosedClocks,
  cancelUnplannedReminders,
  insertMissingReminders,
  type NewReminder,
} from "../adapters/db/repositories/reminders.ts";
import type { OpenClock } from "../domain/reminders/clocks.ts";
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
  openClocks: number;
  inserted: number;
  cancelled: number;
}

export async function reconcileReminders(deps: ReminderEngineDeps): Promise<ReconcileReport> {
  const now = deps.clock.now();
  const clocks = await loadOpenClocks(deps.prisma, now, clockSettings(deps.config));
  const planned = plannedRows(clocks, now, deps);
  // Rows are created a while before they fall due, not as soon as the clock exists.
  const horizon = now.getTime() + engineOptions(deps).lookaheadMs;
  const inserted = await insertMissingReminders(
    deps.prisma,
    planned.filter((row) => row.dueAt.getTime() <= horizon),
    now,
  );
  const closed = await cancelRemindersOfClosedClocks(
    deps.prisma,
    clocks.map((clock) => clock.key),
    now,
  );
  const unplanned = await cancelUnplannedReminders(deps.prisma, planned, now);
  return { openClocks: clocks.length, inserted, cancelled: closed + unplanned };
}

function plannedRows(clocks: OpenClock[], now: Date, deps: ReminderEngineDeps): NewReminder[] {
  const settings = reminderSettings(deps.config);
  const targets = reminderTargetsOf(deps);
  return clocks.flatMap((clock) => {
    const target = resolveReminderTarget(clock, targets);
    return planReminders(clock, now, settings).map((spec) => ({
      ...spec,
      platform: target?.platform ?? null,
      channelId: target?.channelId ?? null,
    }));
  });
}
