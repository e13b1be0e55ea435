// The baseline of the scheduler benchmark: the reconcile every tick ran before the clock_check
// queue. It loads every open clock, plans all of them and compares every planned row with the table.
import { loadOpenClocks } from "../src/adapters/db/repositories/reminder-clocks.ts";
import {
  cancelRemindersOfClosedClocks,
  cancelUnplannedReminders,
  insertMissingReminders,
} from "../src/adapters/db/repositories/reminders.ts";
import { planReminders } from "../src/domain/reminders/schedule.ts";
import { resolveReminderTarget } from "../src/domain/reminders/target.ts";
import {
  clockSettings,
  engineOptions,
  type ReminderEngineDeps,
  reminderSettings,
  reminderTargetsOf,
} from "../src/scheduler/engine-deps.ts";

export async function legacyFullReconcile(deps: ReminderEngineDeps): Promise<number> {
  const now = deps.clock.now();
  const clocks = await loadOpenClocks(deps.prisma, now, clockSettings(deps.config));
  const settings = reminderSettings(deps.config);
  const targets = reminderTargetsOf(deps);
  const planned = clocks.flatMap((clock) => {
    const target = resolveReminderTarget(clock, targets);
    return planReminders(clock, now, settings).map((spec) => ({
      ...spec,
      platform: target?.platform ?? null,
      channelId: target?.channelId ?? null,
    }));
  });
  const horizon = now.getTime() + engineOptions(deps).lookaheadMs;
  await insertMissingReminders(
    deps.prisma,
    planned.filter((row) => row.dueAt.getTime() <= horizon),
    now,
  );
  await cancelRemindersOfClosedClocks(
    deps.prisma,
    clocks.map((clock) => clock.key),
    now,
  );
  await cancelUnplannedReminders(deps.prisma, planned, now);
  return clocks.length;
}
