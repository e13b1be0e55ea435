// The facts behind each kind of clock, as the domain reads them (src/domain/reminders/open-clocks.ts):
// which columns each source loads and how a row becomes the domain's facts.
import { notificationPending } from "../../../domain/breach/incident.ts";
import type {
  ApprovalFacts,
  IncidentCustomerFacts,
  RequestFacts,
} from "../../../domain/reminders/open-clocks.ts";
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

export const incidentCustomerInclude = {
  incident: { select: { reference: true, status: true, platform: true, channelId: true } },
  customer: { select: { name: true, authority: true } },
} satisfies Prisma.IncidentCustomerInclude;

export const requestInclude = {
  customer: { select: { name: true } },
} satisfies Prisma.DataSubjectRequestInclude;

export const approvalInclude = {
  customer: { select: { name: true } },
  subProcessor: { select: { name: true, country: true } },
} satisfies Prisma.CustomerSubProcessorInclude;

export const proposalApprovalInclude = {
  customer: { select: { name: true } },
  proposal: { select: { subProcessorName: true, country: true, intendedStart: true } },
} satisfies Prisma.ProposalCustomerInclude;

/** Art. 9 DPA: a customer's pending approval of an open proposal. */
export const pendingProposalApproval = {
  status: "pending",
  proposal: { status: "open" },
} satisfies Prisma.ProposalCustomerWhereInput;

type IncidentCustomerRow = Prisma.IncidentCustomerGetPayload<{ include: typeof incidentCustomerInclude }>;

export function incidentCustomerFacts(row: IncidentCustomerRow): IncidentCustomerFacts {
  return {
    id: row.id,
    incidentId: row.incidentId,
    reference: row.incident.reference,
    incidentStatus: row.incident.status,
    customerName: row.customer.name,
    authority: row.customer.authority,
    notifyDeadline: row.notifyDeadline,
    notifiedAt: row.notifiedAt,
    emailPending: notificationPending(row),
    authorityDeadline: row.authorityDeadline,
    authorityDecision: row.authorityDecision,
    createdAt: row.createdAt,
    platform: row.incident.platform,
    channelId: row.incident.channelId,
  };
}

type RequestRow = Prisma.DataSubjectRequestGetPayload<{ include: typeof requestInclude }>;

export function requestFacts(row: RequestRow): RequestFacts {
  return {
    id: row.id,
    reference: row.reference,
    customerName: row.customer.name,
    type: row.type,
    status: row.status,
    forwardDueAt: row.forwardDueAt,
    legalDeadline: row.legalDeadline,
    extendedDeadline: row.extendedDeadline,
    createdAt: row.createdAt,
    platform: row.platform,
    channelId: row.channelId,
    emailPending: row.forwardRetryAt !== null && row.forwardError !== null,
  };
}

type ApprovalRow = Prisma.CustomerSubProcessorGetPayload<{ include: typeof approvalInclude }>;

export function approvalFacts(row: ApprovalRow): ApprovalFacts {
  return {
    id: row.id,
    customerName: row.customer.name,
    subProcessorName: row.subProcessor.name,
    status: row.status,
    requestedAt: row.requestedAt,
    outsideEea: !isInEea(row.subProcessor.country),
    createdAt: row.createdAt,
  };
}

type ProposalApprovalRow = Prisma.ProposalCustomerGetPayload<{ include: typeof proposalApprovalInclude }>;

export function proposalApprovalFacts(row: ProposalApprovalRow): ApprovalFacts {
  return {
    id: row.id,
    customerName: row.customer.name,
    subProcessorName: row.proposal.subProcessorName,
    status: row.status,
    requestedAt: row.requestedAt,
    outsideEea: !isInEea(row.proposal.country),
    createdAt: row.createdAt,
    fromProposal: true,
    intendedStart: row.proposal.intendedStart,
  };
}
