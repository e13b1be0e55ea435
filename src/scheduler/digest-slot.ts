// Digest slots: the instants a cron expression names in a time zone. A slot is the key that makes a
// digest go out once (DigestRun is unique per slot and channel), so every instance must compute the
// same slot from the same expression, whatever its own clock says within the slot's catch-up window.
//
// Matching follows node-cron 4 (which parses the expression): day-of-month AND day-of-week must both
// match, with its L, LW, nW, L-n, nL and n#k tokens. Around DST changes:
// - a local time that does not exist (02:30 on the spring-forward night) has no slot that day;
// - a local time that exists twice (02:30 on the fall-back night) is one slot, the first one.
import { DateTime } from "luxon";
import cron from "node-cron";

type DayField = Array<number | string>;

export interface CronSchedule {
  seconds: number[];
  minutes: number[];
  hours: number[];
  daysOfMonth: DayField;
  months: number[];
  daysOfWeek: DayField;
  zone: string;
}

export function parseCronSchedule(expression: string, zone: string): CronSchedule {
  const fields = cron.parse(expression);
  const desc = (values: number[]) => [...values].sort((a, b) => b - a);
  return {
    seconds: desc(fields.second),
    minutes: desc(fields.minute),
    hours: desc(fields.hour),
    daysOfMonth: fields.dayOfMonth,
    months: fields.month,
    daysOfWeek: fields.dayOfWeek,
    zone,
  };
}

/** Look back at most this many days for a slot (a yearly 29 February needs four years). */
const MAX_DAYS_BACK = 366 * 8;

/** The latest slot at or before `now`, or null when there is none within eight years. */
export function latestSlotAtOrBefore(schedule: CronSchedule, now: Date): Date | null {
  const nowMs = now.getTime();
  let day = DateTime.fromJSDate(now, { zone: schedule.zone }).startOf("day");
  for (let i = 0; i < MAX_DAYS_BACK; i++, day = day.minus({ days: 1 })) {
    if (!dayMatches(schedule, day)) continue;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        for (const second of schedule.seconds) {
          const slot = localInstant(schedule.zone, day, hour, minute, second);
          if (slot !== null && slot.getTime() <= nowMs) return slot;
        }
      }
    }
  }
  return null;
}

/** The first slot strictly after `after` (for logs and the status command). */
export function nextSlotAfter(schedule: CronSchedule, after: Date): Date | null {
  const afterMs = after.getTime();
  let day = DateTime.fromJSDate(after, { zone: schedule.zone }).startOf("day");
  for (let i = 0; i < MAX_DAYS_BACK; i++, day = day.plus({ days: 1 })) {
    if (!dayMatches(schedule, day)) continue;
    for (const hour of [...schedule.hours].reverse()) {
      for (const minute of [...schedule.minutes].reverse()) {
        for (const second of [...schedule.seconds].reverse()) {
          const slot = localInstant(schedule.zone, day, hour, minute, second);
          if (slot !== null && slot.getTime() > afterMs) return slot;
        }
      }
    }
  }
  return null;
}

/**
 * The instant of a local wall time, or null when that wall time does not exist that day. Of two
 * instants with the same wall time (the repeated hour in autumn) the earlier one, so both
 * instances and both passes through that hour agree on one slot.
 */
function localInstant(
  zone: string,
  day: DateTime,
  hour: number,
  minute: number,
  second: number,
): Date | null {
  const wall = { year: day.year, month: day.month, day: day.day, hour, minute, second, millisecond: 0 };
  const candidate = DateTime.fromObject(wall, { zone });
  if (candidate.hour !== hour || candidate.minute !== minute || candidate.day !== day.day) return null;
  // Luxon resolves an ambiguous wall time to one of its two offsets; take the earlier instant.
  const earlier = candidate.minus({ hours: 1 });
  if (
    earlier.hour === hour &&
    earlier.minute === minute &&
    earlier.second === second &&
    earlier.day === day.day
  ) {
    return earlier.toJSDate();
  }
  return candidate.toJSDate();
}

function dayMatches(schedule: CronSchedule, day: DateTime): boolean {
  return (
    schedule.months.includes(day.month) &&
    dayOfMonthMatches(schedule.daysOfMonth, day) &&
    dayOfWeekMatches(schedule.daysOfWeek, day)
  );
}

function dayOfMonthMatches(field: DayField, day: DateTime): boolean {
  const last = day.daysInMonth ?? 31;
  for (const value of field) {
    if (value === day.day) return true;
    if (typeof value !== "string") continue;
    const token = value.toUpperCase();
    if (token === "L" && day.day === last) return true;
    const offset = /^L-(\d+)$/.exec(token);
    if (offset && last - Number(offset[1]) === day.day) return true;
    const weekday = /^(L|\d+)W$/.exec(token);
    if (weekday) {
      const target = weekday[1] === "L" ? last : Number(weekday[1]);
      if (nearestWeekday(day, Math.min(target, last)) === day.day) return true;
    }
  }
  return false;
}

function dayOfWeekMatches(field: DayField, day: DateTime): boolean {
  const weekday = day.weekday % 7; // luxon: Monday 1 .. Sunday 7; cron: Sunday 0
  for (const value of field) {
    if (value === weekday || (value === 7 && weekday === 0)) return true;
    if (typeof value !== "string") continue;
    const nth = /^([0-7])#([1-5])$/.exec(value);
    if (nth && Number(nth[1]) % 7 === weekday && Math.floor((day.day - 1) / 7) + 1 === Number(nth[2]))
      return true;
    const lastOf = /^([0-7])L$/i.exec(value);
    if (lastOf && Number(lastOf[1]) % 7 === weekday && day.day + 7 > (day.daysInMonth ?? 31)) return true;
  }
  return false;
}

/** The weekday nearest to the `target` day of the month, not leaving the month (cron's W). */
function nearestWeekday(day: DateTime, target: number): number {
  const date = day.set({ day: target });
  const weekday = date.weekday; // 6 Saturday, 7 Sunday
  if (weekday === 6) return target === 1 ? 3 : target - 1;
  if (weekday === 7) return target === (day.daysInMonth ?? 31) ? target - 2 : target + 1;
  return target;
}
