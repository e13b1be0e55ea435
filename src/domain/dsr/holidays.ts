// Public holidays that end or move a period under Reg. 1182/71 art. 3(4): those of the controller's
// country, taken from its supervisory authority (DOMAIN.md). Easter is computed, never tabled, so
// the calendar holds for any year.
import { DateTime } from "luxon";
import type { Authority } from "../breach/incident.ts";

/** Easter Sunday of `year` (Gregorian; the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** ISO dates (YYYY-MM-DD) of the public holidays of one year for this authority's country. */
export function publicHolidays(year: number, authority: Authority): string[] {
  const easter = DateTime.fromObject({ year, ...easterSunday(year) }, { zone: "UTC" });
  const fromEaster = (days: number) => easter.plus({ days }).toISODate()!;
  const fixed = (month: number, day: number) =>
    DateTime.fromObject({ year, month, day }, { zone: "UTC" }).toISODate()!;
  const movable = [fromEaster(1), fromEaster(39), fromEaster(50)]; // Easter Monday, Ascension, Whit Monday
  if (authority === "GBA") {
    // Belgium (Law of 4 January 1974 on public holidays).
    return [
      fixed(1, 1),
      ...movable,
      fixed(5, 1),
      fixed(7, 21),
      fixed(8, 15),
      fixed(11, 1),
      fixed(11, 11),
      fixed(12, 25),
    ].sort();
  }
  // The Netherlands, Algemene termijnenwet art. 3: King's Day moves to 26 April when the 27th is a Sunday.
  const kingsDay = DateTime.fromObject({ year, month: 4, day: 27 }, { zone: "UTC" });
  return [
    fixed(1, 1),
    ...movable,
    kingsDay.weekday === 7 ? fixed(4, 26) : fixed(4, 27),
    fixed(5, 5),
    fixed(12, 25),
    fixed(12, 26),
  ].sort();
}

/** True for a Saturday, a Sunday or a public holiday of the authority's country. */
export function isNonWorkingDay(date: DateTime, authority: Authority): boolean {
  if (date.weekday >= 6) return true;
  return publicHolidays(date.year, authority).includes(date.toISODate()!);
}

/** The zone the controller works in, from its supervisory authority. */
export function zoneOfAuthority(authority: Authority): string {
  return authority === "AP" ? "Europe/Amsterdam" : "Europe/Brussels";
}
