// What the request use cases need from storage, owned by the domain. The database adapter
// implements it; every change writes its audit row in the same transaction (Bijlage 2), and the
// audit row never holds the data subject's details (the audit log cannot be erased).
import type { Actor, ChatPlatform, PostedMessage } from "../ports.ts";
import type { DataSubjectRequest, ReceivedVia, RequestCustomer, RequestType } from "./request.ts";

export interface NewRequest {
  /** Identifies the submission: the same one again returns the request it created. */
  idempotencyKey: string;
  customerId: string;
  type: RequestType;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  subject: string;
  requestText: string;
  forwardDueAt: Date;
  legalDeadline: Date;
  registeredAt: Date;
  /** Year of the readable reference (AV-<year>-0001), in the zone the organisation works in. */
  referenceYear: number;
  platform: ChatPlatform | null;
  /** Where its message is meant to go: kept, so a later attempt posts it there. */
  channelId: string | null;
  reporterUserId: string | null;
}

/** A request whose message could not be posted yet. */
export interface UnpostedRequest {
  id: string;
  platform: ChatPlatform;
  channelId: string | null;
  reporterUserId: string | null;
}

export interface ForwardRecord {
  at: Date;
  via: string;
  to: string[];
  /** The contact it went to, when the recipients are known contacts. */
  contactId: string | null;
  /** E-mail message id when the bot sent it. */
  messageId: string | null;
}

export interface ForwardSendClaim {
  key: string;
  now: Date;
  until: Date;
}

export type ForwardClaimResult = "claimed" | "repeat" | "busy" | "done";

export interface RequestRepository {
  create(draft: NewRequest, actor: Actor): Promise<{ request: DataSubjectRequest; created: boolean }>;
  get(id: string): Promise<DataSubjectRequest | null>;
  attachMessage(id: string, posted: PostedMessage): Promise<void>;
  /** Claims posting the first message (a lease until `until`); false when posted or held. */
  claimPosting(id: string, now: Date, until: Date): Promise<boolean>;
  /** After a failed post: no new attempt before `until`. */
  holdPosting(id: string, until: Date): Promise<void>;
  /** Open requests without a message, registered before `before`, whose hold has passed. */
  unposted(now: Date, before: Date): Promise<UnpostedRequest[]>;
  /** A conditional update: of several senders (double click, two instances) one gets "claimed". */
  claimForwardSend(id: string, claim: ForwardSendClaim): Promise<ForwardClaimResult>;
  /**
   * A failed send: the claim is freed, the error shown and the next try not before `retryAt`. Only
   * while the claim is still this send's (`key`) and nothing was forwarded; false otherwise.
   */
  failForwardSend(
    id: string,
    key: string,
    failure: { error: string; retryAt: Date | null },
  ): Promise<boolean>;
  recordForwarded(id: string, record: ForwardRecord, actor: Actor): Promise<DataSubjectRequest>;
  recordAcknowledged(id: string, at: Date, actor: Actor): Promise<DataSubjectRequest>;
  /** With `requestKey`, booked once per key: a repeated submission returns the request unchanged. */
  recordTimeSpent(
    id: string,
    entry: { minutes: number; hourlyRateCents: number | null },
    actor: Actor,
    requestKey?: string,
  ): Promise<DataSubjectRequest>;
  extend(
    id: string,
    extension: { deadline: Date; reason: string },
    actor: Actor,
  ): Promise<DataSubjectRequest>;
  close(id: string, closing: { at: Date; note: string | null }, actor: Actor): Promise<DataSubjectRequest>;
  /** Audits that someone was shown the data subject's details. */
  recordDetailsShown(id: string, actor: Actor): Promise<void>;
  /** Blanks the details of requests closed before `closedBefore`; returns their references. */
  eraseDetailsClosedBefore(closedBefore: Date, at: Date, actor: Actor): Promise<string[]>;
  /**
   * Requests waiting to be forwarded that may be tried now: the last send failed and its back-off
   * passed, a sender died mid-send, or none was tried since `unattemptedBefore`.
   */
  dueForwardRetries(now: Date, unattemptedBefore: Date): Promise<string[]>;
}

/** The customer register, as far as requests read it. */
export interface RequestCustomers {
  findActive(id: string): Promise<RequestCustomer | null>;
}
