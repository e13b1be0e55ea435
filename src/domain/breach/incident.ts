// The breach incident as the domain sees it: the Bijlage 3 fields, the clocks per affected customer
// and where the incident is shown. Plain data; the repository port loads and stores it.
import type { Identity } from "../access/decide-access.ts";
import type { Language, PostedMessage } from "../ports.ts";

/** Bijlage 3, field 4: the nature of the breach (one or more). */
export const NATURES = ["availability", "integrity", "confidentiality"] as const;
export type Nature = (typeof NATURES)[number];

/** Bijlage 3, field 6: an estimate, a range or an open bound ("~500", "100-200", "< 1000"). */
export interface CountEstimate {
  min: number | null;
  max: number | null;
}

export type Authority = "GBA" | "AP";
export type NotificationChannel = "phone" | "email";
/** The controller's decision on informing its supervisory authority (GDPR art. 33). */
export const AUTHORITY_DECISIONS = ["pending", "notify", "not_notify", "notified"] as const;
export type AuthorityDecision = (typeof AUTHORITY_DECISIONS)[number];

export interface ProcessorContact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** The eight Bijlage 3 fields. Only the description is required (GDPR art. 33(4): in phases). */
export interface BreachDetails {
  description: string;
  consequences: string | null;
  breachStartedAt: Date | null;
  breachEndedAt: Date | null;
  ongoing: boolean | null;
  nature: Nature[];
  dataCategories: string | null;
  specialCategories: boolean | null;
  records: CountEstimate;
  subjects: CountEstimate;
  measures: string | null;
  contact: ProcessorContact;
}

export interface BreachContact {
  name: string;
  email: string;
  phone: string | null;
}

/** An affected customer (controller) as far as a breach needs it. */
export interface BreachCustomer {
  id: string;
  key: string;
  name: string;
  language: Language;
  authority: Authority;
  /** Contacts with the breach role (Bijlage 3 "contactpersoon"). */
  breachContacts: BreachContact[];
}

/** One affected customer with its two clocks. */
export interface CustomerClock {
  /** Id of this customer's clock row (not of the customer). */
  id: string;
  customer: BreachCustomer;
  notifyDeadline: Date;
  notifiedAt: Date | null;
  notifiedVia: NotificationChannel | null;
  notifiedTo: string | null;
  notificationMessageId: string | null;
  /** Set while a notification e-mail is pending: when it is tried again (see send-customer-notification.ts). */
  notificationRetryAt: Date | null;
  /** Why the last attempt at the pending e-mail failed; null once it went out. */
  notificationError: string | null;
  authorityDeadline: Date;
  authorityDecision: AuthorityDecision;
  authorityDecisionAt: Date | null;
  authorityDecisionNote: string | null;
}

export type IncidentStatus = "open" | "closed";

export interface Incident extends BreachDetails {
  id: string;
  reference: string;
  status: IncidentStatus;
  discoveredAt: Date;
  reportedAt: Date;
  reporterName: string;
  /** Who reported it: they may complete their own report (GDPR art. 33(4)). */
  reporter: Identity | null;
  /** Language of the channel the incident is shown in (the reporter's workspace), when known. */
  channelLanguage: Language | null;
  customers: CustomerClock[];
  message: PostedMessage | null;
  closedAt: Date | null;
  closingNote: string | null;
}

/**
 * A notification e-mail that failed and waits for its retry. Without an error the first attempt is
 * still under way (its retry time is then the lease of the sender).
 */
export function notificationPending(
  clock: Pick<CustomerClock, "notificationRetryAt" | "notificationError">,
): boolean {
  return clock.notificationRetryAt !== null && clock.notificationError !== null;
}
