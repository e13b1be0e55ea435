// The two clocks of a personal-data breach and the late-notification penalty. Pure functions of
// their inputs: the caller passes `now`.
//
// Both periods are elapsed durations, not calendar days: a breach discovered the evening before the
// clocks go forward has its 24 h deadline at 11:00 local time the next morning, not 10:00.

const HOUR_MS = 3_600_000;

/** Art. 6 DPA: the customer is informed at the latest 24 hours after discovery. */
export const NOTIFY_CUSTOMER_WITHIN_HOURS = 24;
/** Bijlage 3 / GDPR art. 33(1): the controller decides on notifying its authority within 72 hours. */
export const AUTHORITY_DECISION_WITHIN_HOURS = 72;

/** Art. 6.5 DPA: EUR 2,500 fixed, plus 2 % of that (EUR 50) for every hour late. */
export const PENALTY_BASE_CENTS = 250_000;
export const PENALTY_PER_HOUR_CENTS = 5_000;

export function computeNotificationDeadline(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + NOTIFY_CUSTOMER_WITHIN_HOURS * HOUR_MS);
}

export function computeAuthorityDeadline(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + AUTHORITY_DECISION_WITHIN_HOURS * HOUR_MS);
}

/** Whole hours late, counting any started hour in full (the exposure shown is never understated). */
export function startedHoursLate(deadline: Date, at: Date): number {
  const lateMs = at.getTime() - deadline.getTime();
  return lateMs <= 0 ? 0 : Math.ceil(lateMs / HOUR_MS);
}

/**
 * Art. 6.5 DPA penalty in integer cents for informing the customer at `notifiedAt` (or, while not
 * yet informed, the exposure if it happened `now`). On time (at or before the deadline): 0.
 * 1 to 60 minutes late: 2,550.00; 10 hours late: 3,000.00.
 */
export function computeLatePenaltyCents(deadline: Date, notifiedAtOrNow: Date): number {
  const hours = startedHoursLate(deadline, notifiedAtOrNow);
  return hours === 0 ? 0 : PENALTY_BASE_CENTS + hours * PENALTY_PER_HOUR_CENTS;
}
