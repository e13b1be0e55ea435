// Which clocks are open, from plain facts. The repository reads the facts; these functions decide,
// so the same rule applies when the engine schedules, re-checks at send time, and builds the digest.
import type { ChatPlatform, ChatTarget } from "../ports.ts";
import { businessDayStart, calendarDateOf, localDateOf } from "./calendar.ts";
import {
  type BreachAuthorityClock,
  type BreachNotifyClock,
  clockKey,
  type DsrForwardClock,
  type DsrLegalClock,
  ENTITY_TYPES,
  type RetentionClock,
  type ReviewClock,
  type SubprocessorPendingClock,
} from "./clocks.ts";

export interface IncidentCustomerFacts {
  id: string;
  incidentId: string;
  reference: string;
  incidentStatus: "open" | "closed";
  customerName: string;
  authority: "GBA" | "AP";
  notifyDeadline: Date;
  notifiedAt: Date | null;
  /** The notification e-mail failed and waits for its retry (the customer is not informed yet). */
  emailPending?: boolean;
  authorityDeadline: Date;
  authorityDecision: "pending" | "notify" | "not_notify" | "notified";
  createdAt: Date;
  platform: string | null;
  channelId: string | null;
}

export function clocksOfIncidentCustomer(
  facts: IncidentCustomerFacts,
): Array<BreachNotifyClock | BreachAuthorityClock> {
  if (facts.incidentStatus === "closed") return [];
  const incidentTarget = chatTarget(facts.platform, facts.channelId);
  const clocks: Array<BreachNotifyClock | BreachAuthorityClock> = [];
  const common = {
    entityType: ENTITY_TYPES.incidentCustomer,
    entityId: facts.id,
    customerName: facts.customerName,
    openedAt: facts.createdAt,
    incidentId: facts.incidentId,
    reference: facts.reference,
    incidentTarget,
  };
  // Art. 6 DPA: until the customer is recorded as informed.
  if (facts.notifiedAt === null) {
    clocks.push({
      ...common,
      kind: "breach.notify",
      key: clockKey("breach.notify", facts.id, facts.notifyDeadline),
      deadline: facts.notifyDeadline,
      ...(facts.emailPending ? { emailPending: true } : {}),
    });
  }
  // Bijlage 3: until the customer's decision on notifying its authority is recorded.
  if (facts.authorityDecision === "pending") {
    clocks.push({
      ...common,
      kind: "breach.authority",
      key: clockKey("breach.authority", facts.id, facts.authorityDeadline),
      deadline: facts.authorityDeadline,
      authority: facts.authority,
    });
  }
  return clocks;
}

export interface RequestFacts {
  id: string;
  reference: string;
  customerName: string;
  type: string;
  status: "received" | "forwarded" | "closed";
  forwardDueAt: Date;
  legalDeadline: Date;
  extendedDeadline: Date | null;
  createdAt: Date;
  /** Where the request message is shown (its forward reminders go there). */
  platform?: string | null;
  channelId?: string | null;
  /** The forward e-mail failed and waits for its retry. */
  emailPending?: boolean;
}

export function clocksOfRequest(facts: RequestFacts): Array<DsrForwardClock | DsrLegalClock> {
  if (facts.status === "closed") return [];
  const common = {
    entityType: ENTITY_TYPES.request,
    entityId: facts.id,
    customerName: facts.customerName,
    openedAt: facts.createdAt,
    reference: facts.reference,
    requestType: facts.type,
  };
  const deadline = facts.extendedDeadline ?? facts.legalDeadline;
  const clocks: Array<DsrForwardClock | DsrLegalClock> = [];
  if (facts.status === "received") {
    clocks.push({
      ...common,
      kind: "dsr.forward",
      key: clockKey("dsr.forward", facts.id, facts.forwardDueAt),
      dueAt: facts.forwardDueAt,
      requestTarget: chatTarget(facts.platform ?? null, facts.channelId ?? null),
      ...(facts.emailPending ? { emailPending: true } : {}),
    });
  }
  // The controller answers, but the processor keeps watching until the request is closed: a
  // forgotten request at the customer still lands on the processor's desk (art. 8 DPA: cooperate).
  clocks.push({
    ...common,
    kind: "dsr.legal",
    key: clockKey("dsr.legal", facts.id, deadline),
    deadline,
    extended: facts.extendedDeadline !== null,
    forwarded: facts.status === "forwarded",
  });
  return clocks;
}

export interface ApprovalFacts {
  id: string;
  customerName: string;
  subProcessorName: string;
  status: "pending" | "approved" | "rejected" | "withdrawn";
  requestedAt: Date;
  outsideEea: boolean;
  createdAt: Date;
  /** A proposal's approval (ProposalCustomer) rather than a pending register row. */
  fromProposal?: boolean;
  intendedStart?: Date | null;
}

export function clocksOfApproval(facts: ApprovalFacts): SubprocessorPendingClock[] {
  if (facts.status !== "pending") return [];
  return [
    {
      kind: "subprocessor.pending",
      key: clockKey("subprocessor.pending", facts.id, facts.requestedAt),
      entityType: facts.fromProposal ? ENTITY_TYPES.proposalCustomer : ENTITY_TYPES.approval,
      entityId: facts.id,
      customerName: facts.customerName,
      openedAt: facts.createdAt,
      subProcessorName: facts.subProcessorName,
      requestedAt: facts.requestedAt,
      outsideEea: facts.outsideEea,
      intendedStart: facts.intendedStart ?? null,
    },
  ];
}

export interface CustomerFacts {
  id: string;
  name: string;
  /** `@db.Date` values: midnight UTC of the stored calendar date. */
  contractStart: Date | null;
  contractEnd: Date | null;
  retentionDaysAfterEnd: number | null;
  reviewIntervalMonths: number | null;
  lastSecurityReviewAt: Date | null;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface CustomerClockSettings {
  timezone: string;
  /** Used when the customer has no valid interval of its own. */
  defaultReviewIntervalMonths: number;
}

/**
 * Retention (art. 12 DPA, Bijlage 1) and the periodic security review (art. 5.9 DPA). An archived
 * customer has no open clocks: archiving is how the register records that the data is gone.
 */
export function clocksOfCustomer(
  facts: CustomerFacts,
  now: Date,
  settings: CustomerClockSettings,
): Array<RetentionClock | ReviewClock> {
  if (facts.archivedAt !== null) return [];
  const zone = settings.timezone;
  const clocks: Array<RetentionClock | ReviewClock> = [];
  const common = { entityType: ENTITY_TYPES.customer, entityId: facts.id, customerName: facts.name };

  if (facts.contractEnd !== null) {
    const termDays = facts.retentionDaysAfterEnd ?? 0;
    const dueAt = businessDayStart(calendarDateOf(facts.contractEnd, zone).plus({ days: termDays }));
    clocks.push({
      ...common,
      kind: "retention",
      key: clockKey("retention", facts.id, dueAt),
      contractEnd: facts.contractEnd,
      dueAt,
      termRecorded: facts.retentionDaysAfterEnd !== null,
    });
  }

  // No review is due once the contract has ended: what remains is the retention clock.
  const contractOver =
    facts.contractEnd !== null && calendarDateOf(facts.contractEnd, zone).toJSDate() <= now;
  if (!contractOver) {
    const interval =
      facts.reviewIntervalMonths !== null && facts.reviewIntervalMonths >= 1
        ? facts.reviewIntervalMonths
        : settings.defaultReviewIntervalMonths;
    const from =
      facts.lastSecurityReviewAt !== null
        ? localDateOf(facts.lastSecurityReviewAt, zone)
        : facts.contractStart !== null
          ? calendarDateOf(facts.contractStart, zone)
          : localDateOf(facts.createdAt, zone);
    // Luxon clamps to the month's last day (31 Jan + 1 month = 28/29 Feb), like Reg. 1182/71.
    const dueAt = businessDayStart(from.plus({ months: interval }));
    clocks.push({
      ...common,
      kind: "review",
      key: clockKey("review", facts.id, dueAt),
      lastReviewAt: facts.lastSecurityReviewAt,
      dueAt,
      intervalMonths: interval,
    });
  }
  return clocks;
}

function chatTarget(platform: string | null, channelId: string | null): ChatTarget | null {
  if (channelId === null || channelId === "") return null;
  if (platform !== "slack" && platform !== "teams") return null;
  return { platform: platform as ChatPlatform, channelId };
}
