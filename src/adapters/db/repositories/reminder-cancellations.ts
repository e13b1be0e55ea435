// Cancelling pending reminders whose clock closed or no longer plans them, over the whole table (the
// reconcile of some entities uses reminder-sync.ts). Rows are looked up with one index probe per clock (a LATERAL subquery with OFFSET 0: neither flattened into a hash
// join over the whole table nor handed the status filter, which stale statistics turned into a scan
// of the status index per probe; EXPLAIN ANALYZE at 100,000 clocks: seconds per batch), decides in
// code, and cancels by id what is still pending.
import type { Db } from "./audit.ts";

/** Cancels the pending reminders of every clock that is no longer open. */
export async function cancelRemindersOfClosedClocks(
  db: Db,
  openClockKeys: string[],
  now: Date,
): Promise<number> {
  return db.$executeRaw`
    UPDATE "Reminder" SET status = 'cancelled', "updatedAt" = ${now}
    WHERE status = 'pending' AND NOT ("clockKey" = ANY(${openClockKeys}::text[]))`;
}

/** Cancels those of the given reminders that are still pending (one may have been claimed meanwhile). */
export async function cancelPending(db: Db, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return db.$executeRaw`
    UPDATE "Reminder" SET status = 'cancelled', "updatedAt" = ${now}
    WHERE id = ANY(${ids}::uuid[]) AND status = 'pending'`;
}

/**
 * Cancels pending reminders of open clocks that their clock no longer plans: the configured offsets
 * changed (BREACH_REMINDER_HOURS 12,4,1 -> 6,2). Repeats after the deadline ("+3h") are left to the
 * supersede rule, since only the latest two of those are ever planned.
 */
export async function cancelUnplannedReminders(
  db: Db,
  planned: Array<{ clockKey: string; step: string }>,
  now: Date,
): Promise<number> {
  if (planned.length === 0) return 0;
  const clockKeys = [...new Set(planned.map((p) => p.clockKey))];
  const pending = await db.$queryRaw<Array<{ id: string; clockKey: string; step: string }>>`
    SELECT x.id, x."clockKey", x.step FROM unnest(${clockKeys}::text[]) AS k(clock_key)
    CROSS JOIN LATERAL (
      SELECT id, "clockKey", step, status FROM "Reminder" WHERE "clockKey" = k.clock_key OFFSET 0
    ) x
    WHERE x.status = 'pending'`;
  const plannedSteps = new Set(planned.map((p) => `${p.clockKey}\n${p.step}`));
  return cancelPending(
    db,
    pending
      .filter((row) => !row.step.startsWith("+") && !plannedSteps.has(`${row.clockKey}\n${row.step}`))
      .map((row) => row.id),
    now,
  );
}
