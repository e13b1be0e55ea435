// Which reminders a clock implies: a pure function of (clock, now, settings). The engine stores the
// result as rows with a due time; node-cron only ticks.
//
// Steps before and at the deadline are fixed. Repeats after the deadline are generated lazily: only
// the latest one already due and the next one, so a clock that stays late for weeks never plans
// more than two rows ahead, and a process that was down for hours does not wake up to a backlog.
import { DateTime } from "luxon";
import { businessDayStart, localDateOf } from "./calendar.ts";
import { clockAnchor, type OpenClock, type ReminderKind } from "./clocks.ts";

export type StepUnit = "h" | "d";

export interface ReminderSettings {
  timezone: string;
  /** Art. 6 DPA 24 h clock: hours before the deadline (default 12, 4, 1). */
  breachHoursBefore: number[];
  /** Bijlage 3 72 h clock: hours before the deadline (default 24, 4). */
  authorityHoursBefore: number[];
  /** Art. 9 DPA: remind of a pending approval after this many days, and again every as many days. */
  subprocessorPendingDays: number;
  /** GDPR art. 12(3): days before the controller's legal deadline. */
  requestLegalDaysBefore: number[];
  /** Art. 12 DPA, Bijlage 1: days before the end of the retention term. */
  retentionDaysBefore: number[];
  /** Art. 5.9 DPA: days before the periodic review is due. */
  reviewDaysBefore: number[];
}

export const DEFAULT_REMINDER_SETTINGS: Omit<
  ReminderSettings,
  "timezone" | "breachHoursBefore" | "authorityHoursBefore" | "subprocessorPendingDays"
> = {
  requestLegalDaysBefore: [7, 1],
  retentionDaysBefore: [30, 7],
  reviewDaysBefore: [30],
};

/** How often a clock repeats once its deadline has passed. */
const REPEAT_WHEN_LATE: Record<ReminderKind, { every: number; unit: StepUnit }> = {
  // Art. 6.5 DPA: the penalty grows every started hour, so the reminder does too.
  "breach.notify": { every: 1, unit: "h" },
  "breach.authority": { every: 24, unit: "h" },
  // Art. 8 DPA "without delay": hourly until the request is forwarded.
  "dsr.forward": { every: 1, unit: "h" },
  "dsr.legal": { every: 1, unit: "d" },
  "subprocessor.pending": { every: 1, unit: "d" },
  retention: { every: 7, unit: "d" },
  review: { every: 7, unit: "d" },
};

export interface ReminderPayload {
  [key: string]: string | boolean | null;
  kind: ReminderKind;
  customerName: string;
  reference: string | null;
  subject: string | null;
  anchor: string;
}

export interface ReminderSpec {
  kind: ReminderKind;
  clockKey: string;
  /** "-12h", "-7d", "0" (the deadline itself), "+3h" (three hours late), "+10d". */
  step: string;
  entityType: string;
  entityId: string;
  dueAt: Date;
  payload: ReminderPayload;
}

export function planReminders(clock: OpenClock, now: Date, settings: ReminderSettings): ReminderSpec[] {
  const anchor = clockAnchor(clock);
  const steps = plannedSteps(clock, anchor, now, settings);
  const notBefore = clock.openedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const seen = new Set<string>();
  return steps
    .filter((step) => step.dueAt.getTime() >= notBefore)
    .filter((step) => {
      if (seen.has(step.step)) return false;
      seen.add(step.step);
      return true;
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .map((step) => ({
      kind: clock.kind,
      clockKey: clock.key,
      step: step.step,
      entityType: clock.entityType,
      entityId: clock.entityId,
      dueAt: step.dueAt,
      payload: payloadOf(clock, anchor),
    }));
}

interface PlannedStep {
  step: string;
  dueAt: Date;
}

function plannedSteps(clock: OpenClock, anchor: Date, now: Date, s: ReminderSettings): PlannedStep[] {
  const zone = s.timezone;
  switch (clock.kind) {
    case "breach.notify":
      return [
        ...before(anchor, s.breachHoursBefore, "h", zone),
        atDeadline(anchor),
        ...late(clock, anchor, now, zone),
      ];
    case "breach.authority":
      return [
        ...before(anchor, s.authorityHoursBefore, "h", zone),
        atDeadline(anchor),
        ...late(clock, anchor, now, zone),
      ];
    case "dsr.forward":
      // An hour before the forward is due, at the moment, then hourly while not forwarded.
      return [...before(anchor, [1], "h", zone), atDeadline(anchor), ...late(clock, anchor, now, zone)];
    case "dsr.legal": {
      // The legal deadline is the end of a day (Reg. 1182/71): remind at the start of the business
      // day, so "1 day left" arrives in the morning and the last day starts with its own reminder.
      const morning = businessDayStart(localDateOf(anchor, zone));
      return [
        ...before(morning, s.requestLegalDaysBefore, "d", zone),
        atDeadline(morning),
        ...late(clock, morning, now, zone),
      ];
    }
    case "subprocessor.pending":
      // No deadline: a reminder every N days of waiting, counted from the request.
      return repeats(anchor, now, s.subprocessorPendingDays, "d", zone);
    case "retention":
      return [
        ...before(anchor, s.retentionDaysBefore, "d", zone),
        atDeadline(anchor),
        ...late(clock, anchor, now, zone),
      ];
    case "review":
      return [
        ...before(anchor, s.reviewDaysBefore, "d", zone),
        atDeadline(anchor),
        ...late(clock, anchor, now, zone),
      ];
  }
}

function before(anchor: Date, amounts: number[], unit: StepUnit, zone: string): PlannedStep[] {
  return amounts
    .filter((amount) => amount > 0)
    .map((amount) => ({ step: `-${amount}${unit}`, dueAt: shift(anchor, -amount, unit, zone) }));
}

function atDeadline(anchor: Date): PlannedStep {
  return { step: "0", dueAt: anchor };
}

function late(clock: OpenClock, anchor: Date, now: Date, zone: string): PlannedStep[] {
  const { every, unit } = REPEAT_WHEN_LATE[clock.kind];
  return repeats(anchor, now, every, unit, zone);
}

/**
 * Repeats at anchor + k * every (k >= 1): the latest one already due (if any) and the next one.
 * Hours are elapsed time; days are calendar days in `zone` (the same local hour across DST).
 */
function repeats(anchor: Date, now: Date, every: number, unit: StepUnit, zone: string): PlannedStep[] {
  if (every <= 0) return [];
  const unitMs = unit === "h" ? 3_600_000 : 86_400_000;
  // Close estimate first, then correct it: a calendar day is 23 to 25 hours long.
  let k = Math.max(0, Math.floor((now.getTime() - anchor.getTime()) / (every * unitMs)));
  while (k > 0 && shift(anchor, k * every, unit, zone) > now) k--;
  while (shift(anchor, (k + 1) * every, unit, zone) <= now) k++;
  const steps: PlannedStep[] = [];
  for (const n of k >= 1 ? [k, k + 1] : [1]) {
    steps.push({ step: `+${n * every}${unit}`, dueAt: shift(anchor, n * every, unit, zone) });
  }
  return steps;
}

function shift(anchor: Date, amount: number, unit: StepUnit, zone: string): Date {
  if (unit === "h") return new Date(anchor.getTime() + amount * 3_600_000);
  return DateTime.fromJSDate(anchor, { zone }).plus({ days: amount }).toJSDate();
}

function payloadOf(clock: OpenClock, anchor: Date): ReminderPayload {
  const reference = "reference" in clock ? clock.reference : null;
  const subject = clock.kind === "subprocessor.pending" ? clock.subProcessorName : null;
  return {
    kind: clock.kind,
    customerName: clock.customerName,
    reference,
    subject,
    anchor: anchor.toISOString(),
  };
}
