// What the breach use cases need from storage, owned by the domain. The database adapter implements
// it; every write records its audit row in the same transaction (Bijlage 2: logged use).
import type { Actor, ChatPlatform, ChatTarget, PostedMessage } from "../ports.ts";
import type {
  AuthorityDecision,
  BreachCustomer,
  BreachDetails,
  Incident,
  NotificationChannel,
} from "./incident.ts";

export interface ClockDraft {
  customerId: string;
  /** The customer as the register has it now: a new incident is shown with it without a re-read. */
  customer: BreachCustomer;
  notifyDeadline: Date;
  authorityDeadline: Date;
}

export interface NewIncident {
  /** Identifies the submission: submitting the same one again returns the incident it created. */
  idempotencyKey: string;
  discoveredAt: Date;
  reportedAt: Date;
  /** Year of the readable reference (DL-<year>-0001), in the zone the organisation works in. */
  referenceYear: number;
  details: BreachDetails;
  clocks: ClockDraft[];
  platform: ChatPlatform | null;
}

export interface ReportChange {
  discoveredAt: Date;
  details: BreachDetails;
  /** The complete set of affected customers after the change, with their (re)computed clocks. */
  clocks: ClockDraft[];
}

export interface CustomerNotification {
  at: Date;
  via: NotificationChannel;
  to: string;
  /** E-mail message id when the bot sent it. */
  messageId: string | null;
}

/** One attempt to post an incident's first message. */
export interface PostingClaim {
  /** Where the message is meant to go; kept, so that a later attempt posts it there. */
  target: ChatTarget;
  now: Date;
  /** No other attempt starts before this, while this one posts; a process that dies frees it then. */
  until: Date;
}

/** One request (e.g. one submitted dialog) to e-mail the notification to a customer. */
export interface NotificationSendClaim {
  /** Identifies the request: a repeat of it (double click, retried delivery) is recognised. */
  requestKey: string;
  now: Date;
  /** No other request may send before this, while this one sends; a process that dies frees it. */
  until: Date;
  /** Who asked: should this attempt fail, the retry records the customer as informed in their name. */
  requestedBy: Actor;
}

/**
 * The claim one sender holds on a notification e-mail: its request and the end it was given. A
 * later claim is only taken once that end has passed (or the claim was freed), so it gets a later
 * end: the pair tells this sender's claim from any that followed.
 */
export interface NotificationSendLease {
  requestKey: string;
  until: Date;
}

/** A failed attempt: tried again at `retryAt`, or given up (null) when the failure is final. */
export interface NotificationSendFailure {
  error: string;
  retryAt: Date | null;
}

/** A pending e-mail claimed by the scheduler for its next attempt. */
export interface NotificationRetryClaim {
  clockId: string;
  incidentId: string;
  /** The key of the request that asked for it: a late repeat of that request stays a repeat. */
  requestKey: string;
  /** Failed attempts so far. */
  attempts: number;
  requestedBy: Actor | null;
}

/**
 * `claimed`: this request sends. `repeat`: this very request claimed it already (sending or sent).
 * `busy`: another request is sending it right now.
 */
export type NotificationSendClaimResult = "claimed" | "repeat" | "busy";

export interface AuthorityDecisionRecord {
  decision: Exclude<AuthorityDecision, "pending">;
  at: Date;
  note: string | null;
}

export interface IncidentRepository {
  create(draft: NewIncident, actor: Actor): Promise<{ incident: Incident; created: boolean }>;
  get(id: string): Promise<Incident | null>;
  /**
   * Claims posting the incident's first message, atomically: one attempt at a time across
   * processes, none before an earlier failure's hold has passed, none once posted or closed.
   * Returns the attempt's number (1 for the first), or null when this attempt may not post.
   */
  claimPosting(id: string, claim: PostingClaim): Promise<number | null>;
  /** After a failed attempt: the next one starts no earlier than `until`. */
  holdPosting(id: string, until: Date): Promise<void>;
  attachMessage(id: string, posted: PostedMessage): Promise<void>;
  updateReport(id: string, change: ReportChange, actor: Actor): Promise<Incident>;
  /**
   * The changes a person makes in a dialog take the request's own id (`requestKey`, e.g. the
   * submitted view's id): a replay of that request changes nothing and returns the incident as is.
   */
  recordCustomerInformed(
    clockId: string,
    notification: CustomerNotification,
    actor: Actor,
    requestKey?: string,
  ): Promise<Incident>;
  /** Claims e-mailing one customer's notification, atomically across processes. */
  claimNotificationSend(clockId: string, claim: NotificationSendClaim): Promise<NotificationSendClaimResult>;
  /**
   * Right before the e-mail goes out: extends the sender's lease to `until` while it is still its
   * own and has not run out. The new lease, or null: another sender may have the e-mail now.
   */
  renewNotificationSend(
    clockId: string,
    held: NotificationSendLease,
    now: Date,
    until: Date,
  ): Promise<NotificationSendLease | null>;
  /**
   * The mailer failed. Retryable: the e-mail stays pending for the scheduler (the request keeps its
   * key, so a repeat of it sends nothing). Final: the claim is freed for a new request. Recorded only
   * while the lease is still the sender's (false otherwise): a sender that lost it must not undo
   * what the one that took over recorded.
   */
  failNotificationSend(
    clockId: string,
    held: NotificationSendLease,
    failure: NotificationSendFailure,
  ): Promise<boolean>;
  /** Pending e-mails whose next attempt is due (and whose sender is not at work), oldest first. */
  dueNotificationRetries(now: Date, limit: number): Promise<string[]>;
  /** Claims the next attempt of one pending e-mail, atomically across processes; null when not ours. */
  claimNotificationRetry(
    clockId: string,
    claim: { now: Date; until: Date },
  ): Promise<NotificationRetryClaim | null>;
  recordAuthorityDecision(
    clockId: string,
    record: AuthorityDecisionRecord,
    actor: Actor,
    requestKey?: string,
  ): Promise<Incident>;
  close(
    id: string,
    closing: { at: Date; note: string | null },
    actor: Actor,
    requestKey?: string,
  ): Promise<Incident>;
  /** A change refused (incident closed or gone): who tried what, in the audit log (Bijlage 2). */
  recordRefusal(
    incidentId: string,
    actor: Actor,
    refusal: { attempted: string; reason: string },
  ): Promise<void>;
}

export interface CustomerOption {
  id: string;
  key: string;
  name: string;
}

/** The customer register, as far as breach reporting reads it. */
export interface CustomerDirectory {
  /** Active (not archived) customers with these ids; unknown or archived ids are left out. */
  findActive(ids: string[]): Promise<BreachCustomer[]>;
  /** Type-ahead over active customers, best matches first. */
  search(query: string, limit: number): Promise<CustomerOption[]>;
}
