// The clocks of a data-subject request. The controller's legal deadline (GDPR art. 12(3)) is counted
// as Regulation 1182/71 counts months; forwarding to the controller is due "without delay" (art. 8
// DPA), by default within one working day.
import { DateTime } from "luxon";
import type { Authority } from "../breach/incident.ts";
import { isNonWorkingDay, zoneOfAuthority } from "./holidays.ts";

/**
 * Reg. 1182/71 art. 3(2)(c): a period of months ends at the end of the day in the last month with
 * the same date as the day of receipt, or the last day of that month when it has no such date
 * (31 Jan -> 28/29 Feb; luxon clamps the same way). Art. 3(4): a period ending on a Saturday,
 * Sunday or public holiday ends at the end of the next working day.
 */
export function periodEnd(receivedAt: Date, months: number, authority: Authority): Date {
  const zone = zoneOfAuthority(authority);
  const receiptDay = DateTime.fromJSDate(receivedAt, { zone }).startOf("day");
  let last = receiptDay.plus({ months });
  while (isNonWorkingDay(last, authority)) last = last.plus({ days: 1 });
  return last.endOf("day").toJSDate();
}

/** GDPR art. 12(3): one month after receipt. */
export function computeLegalDeadline(receivedAt: Date, authority: Authority): Date {
  return periodEnd(receivedAt, 1, authority);
}

/**
 * GDPR art. 12(3): extendable "by two further months", so the whole period is three months counted
 * from receipt (not from a first deadline that moved past a weekend).
 */
export function computeExtendedDeadline(receivedAt: Date, authority: Authority): Date {
  return periodEnd(receivedAt, 3, authority);
}

/**
 * Art. 8 DPA, "without delay": the customer's forwardSlaHours as elapsed hours; without it, one
 * working day: the same local time on the next working day of the customer's calendar (received
 * Friday 15:00 -> Monday 15:00; received on a Saturday -> Monday, same time).
 */
export function computeForwardDue(receivedAt: Date, slaHours: number | null, authority: Authority): Date {
  if (slaHours !== null && slaHours > 0) return new Date(receivedAt.getTime() + slaHours * 3_600_000);
  const zone = zoneOfAuthority(authority);
  let due = DateTime.fromJSDate(receivedAt, { zone }).plus({ days: 1 });
  while (isNonWorkingDay(due, authority)) due = due.plus({ days: 1 });
  return due.toJSDate();
}

/** An extension may only be recorded while the first month runs (art. 12(3): "within one month"). */
export function canExtend(legalDeadline: Date, extendedDeadline: Date | null, now: Date): boolean {
  return extendedDeadline === null && now.getTime() <= legalDeadline.getTime();
}

/** Art. 8.3 DPA: reasonable costs; minutes at the hourly rate, rounded to the cent. */
export function computeCostCents(minutes: number, hourlyRateCents: number | null): number {
  if (hourlyRateCents === null) return 0;
  return Math.round((minutes * hourlyRateCents) / 60);
}
