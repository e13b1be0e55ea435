// Calendar-date reminders (retention term, security review) fall due at the start of the business
// day in the configured zone, not at midnight UTC: a reminder at 01:00 in Brussels helps nobody.
import { DateTime } from "luxon";

/** Local hour at which a reminder about a calendar date falls due. */
export const BUSINESS_DAY_START_HOUR = 9;

/** A `@db.Date` value (midnight UTC) read as the calendar date it stores. */
export function calendarDateOf(storedDate: Date, zone: string): DateTime {
  return DateTime.fromObject(
    { year: storedDate.getUTCFullYear(), month: storedDate.getUTCMonth() + 1, day: storedDate.getUTCDate() },
    { zone },
  );
}

/** The calendar date an instant falls on in `zone`. */
export function localDateOf(instant: Date, zone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone }).startOf("day");
}

/** The start of the business day on `date` (a local date), as an instant. */
export function businessDayStart(date: DateTime): Date {
  return date.set({ hour: BUSINESS_DAY_START_HOUR, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/** Whole calendar days from `now` until `target` in `zone` (negative when past). */
export function calendarDaysUntil(target: Date, now: Date, zone: string): number {
  const a = localDateOf(now, zone);
  const b = localDateOf(target, zone);
  return Math.round(b.diff(a, "days").days);
}
