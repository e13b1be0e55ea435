// The clocks the reminder engine watches, derived from plain facts about incidents, requests,
// approvals and customers. A clock is "open" while its obligation is unmet; when the facts say it
// is met (customer informed, decision recorded, request forwarded, approval decided) the clock
// disappears and its pending reminders are cancelled.
//
// Every clock key includes the instant it counts towards, so a moved deadline (a corrected
// discovery time, an extended request, a newly recorded security review) is a new clock: the
// reminders of the old one are cancelled instead of firing at a stale time.
import type { ChatTarget } from "../ports.ts";

export const REMINDER_KINDS = [
  "breach.notify",
  "breach.authority",
  "dsr.forward",
  "dsr.legal",
  "subprocessor.pending",
  "retention",
  "review",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const ENTITY_TYPES = {
  incidentCustomer: "incident_customer",
  request: "data_subject_request",
  approval: "customer_sub_processor",
  /** Art. 9 DPA: one customer's approval of a sub-processor proposal. */
  proposalCustomer: "proposal_customer",
  customer: "customer",
} as const;
export type EntityType = (typeof ENTITY_TYPES)[keyof typeof ENTITY_TYPES];

interface ClockBase {
  key: string;
  entityType: EntityType;
  entityId: string;
  customerName: string;
  /**
   * When the clock came into existence (the row that holds it was written). Reminders due before
   * this are not generated: the message that created the clock already showed its state.
   * Undefined for clocks derived from the customer register, which must remind even when imported late.
   */
  openedAt?: Date;
}

/** Art. 6 DPA: inform the customer within 24 h of discovery. */
export interface BreachNotifyClock extends ClockBase {
  kind: "breach.notify";
  incidentId: string;
  reference: string;
  deadline: Date;
  /** Shown in the digest: an e-mail was asked for but has not gone out yet. */
  emailPending?: boolean;
  /** Where the incident is shown; reminders go there. */
  incidentTarget: ChatTarget | null;
}

/** Bijlage 3: the customer decides on notifying its authority within 72 h of discovery. */
export interface BreachAuthorityClock extends ClockBase {
  kind: "breach.authority";
  incidentId: string;
  reference: string;
  deadline: Date;
  authority: "GBA" | "AP";
  incidentTarget: ChatTarget | null;
}

/** Art. 8 DPA: a data-subject request is forwarded to the controller without delay. */
export interface DsrForwardClock extends ClockBase {
  kind: "dsr.forward";
  reference: string;
  requestType: string;
  dueAt: Date;
  /** Where the request is shown; its forward reminders go there. */
  requestTarget?: ChatTarget | null;
  /** Shown in the digest: the forward e-mail failed and is retried automatically. */
  emailPending?: boolean;
}

/** GDPR art. 12(3): the controller's legal deadline, as computed and stored by the request feature. */
export interface DsrLegalClock extends ClockBase {
  kind: "dsr.legal";
  reference: string;
  requestType: string;
  deadline: Date;
  extended: boolean;
  forwarded: boolean;
}

/** Art. 9 DPA: a sub-processor waits for the customer's prior consent. */
export interface SubprocessorPendingClock extends ClockBase {
  kind: "subprocessor.pending";
  subProcessorName: string;
  requestedAt: Date;
  /** Art. 3.7 DPA: processing outside the EEA needs explicit written consent. */
  outsideEea: boolean;
  /** Intended start of a proposal: from then on, engaging it without consent is a violation (art. 9.4). */
  intendedStart?: Date | null;
}

/** Art. 12 DPA, Bijlage 1: destroy or return the data within the agreed term after the contract ends. */
export interface RetentionClock extends ClockBase {
  kind: "retention";
  contractEnd: Date;
  /** The moment the term ends (start of the business day of the last day, in the configured zone). */
  dueAt: Date;
  /** False when the register has no term: the contract end itself is used, and the text says so. */
  termRecorded: boolean;
}

/** Art. 5.9 DPA: periodic evaluation of the security measures. */
export interface ReviewClock extends ClockBase {
  kind: "review";
  lastReviewAt: Date | null;
  dueAt: Date;
  intervalMonths: number;
}

export type OpenClock =
  | BreachNotifyClock
  | BreachAuthorityClock
  | DsrForwardClock
  | DsrLegalClock
  | SubprocessorPendingClock
  | RetentionClock
  | ReviewClock;

/** The instant a clock counts towards; part of its key. */
export function clockAnchor(clock: OpenClock): Date {
  switch (clock.kind) {
    case "breach.notify":
    case "breach.authority":
    case "dsr.legal":
      return clock.deadline;
    case "dsr.forward":
    case "retention":
    case "review":
      return clock.dueAt;
    case "subprocessor.pending":
      return clock.requestedAt;
  }
}

export function clockKey(kind: ReminderKind, entityId: string, anchor: Date): string {
  return `${kind}:${entityId}@${anchor.toISOString()}`;
}

/** Reminders of breach clocks belong to an incident: its message is refreshed when one is sent. */
export function incidentIdOf(clock: OpenClock): string | null {
  return clock.kind === "breach.notify" || clock.kind === "breach.authority" ? clock.incidentId : null;
}
