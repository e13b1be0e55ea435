// Where each clock of an affected customer stands at a given moment: the input of the incident
// message, the register export and (through the database) the reminders.
import { computeLatePenaltyCents } from "./clocks.ts";
import type { CustomerClock, Incident } from "./incident.ts";

export type NotifyState = "informed" | "pending" | "overdue";
export type AuthorityState = "decided" | "pending" | "overdue";

export interface ClockState {
  notify: NotifyState;
  /** Positive: time left until the 24 h deadline; negative: how late (now, or when informed). */
  notifyMarginMs: number;
  /** Art. 6.5 DPA: the penalty if informed late, or the exposure so far while not yet informed. */
  penaltyCents: number;
  authority: AuthorityState;
  authorityMarginMs: number;
}

export function clockState(clock: CustomerClock, now: Date): ClockState {
  const informedAt = clock.notifiedAt;
  const notifyMoment = informedAt ?? now;
  const decided = clock.authorityDecision !== "pending";
  const authorityMoment = decided ? (clock.authorityDecisionAt ?? now) : now;
  return {
    notify: informedAt ? "informed" : notifyMoment > clock.notifyDeadline ? "overdue" : "pending",
    notifyMarginMs: clock.notifyDeadline.getTime() - notifyMoment.getTime(),
    penaltyCents: computeLatePenaltyCents(clock.notifyDeadline, notifyMoment),
    authority: decided ? "decided" : now > clock.authorityDeadline ? "overdue" : "pending",
    authorityMarginMs: clock.authorityDeadline.getTime() - authorityMoment.getTime(),
  };
}

/** Sum of the art. 6.5 penalties (or exposure) over every affected customer. */
export function totalPenaltyCents(incident: Incident, now: Date): number {
  return incident.customers.reduce((sum, clock) => sum + clockState(clock, now).penaltyCents, 0);
}
