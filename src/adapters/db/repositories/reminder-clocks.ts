// Reads the facts behind every open clock: incidents, requests, approvals and the customer register.
// The domain decides what is open (src/domain/reminders/open-clocks.ts); the queries only narrow
// the rows down to candidates, so the same decision applies when scheduling, at send time and in
// the digest.
import { ENTITY_TYPES, type OpenClock } from "../../../domain/reminders/clocks.ts";
import {
  type ApprovalFacts,
  type CustomerClockSettings,
  clocksOfApproval,
  clocksOfCustomer,
  clocksOfIncidentCustomer,
  clocksOfRequest,
  type IncidentCustomerFacts,
  type RequestFacts,
} from "../../../domain/reminders/open-clocks.ts";
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { Db } from "./audit.ts";

const incidentCustomerInclude = {
  incident: { select: { reference: true, status: true, platform: true, channelId: true } },
  customer: { select: { name: true, authority: true } },
} satisfies Prisma.IncidentCustomerInclude;

const requestInclude = { customer: { select: { name: true } } } satisfies Prisma.DataSubjectRequestInclude;

const approvalInclude = {
  customer: { select: { name: true } },
  subProcessor: { select: { name: true, country: true } },
} satisfies Prisma.CustomerSubProcessorInclude;

const proposalApprovalInclude = {
  customer: { select: { name: true } },
  proposal: { select: { subProcessorName: true, country: true, intendedStart: true } },
} satisfies Prisma.ProposalCustomerInclude;

/** Art. 9 DPA: a customer's pending approval of an open proposal. */
const pendingProposalApproval = {
  status: "pending",
  proposal: { status: "open" },
} satisfies Prisma.ProposalCustomerWhereInput;

const customerSelect = {
  id: true,
  name: true,
  contractStart: true,
  contractEnd: true,
  retentionDaysAfterEnd: true,
  reviewIntervalMonths: true,
  lastSecurityReviewAt: true,
  createdAt: true,
  archivedAt: true,
} satisfies Prisma.CustomerSelect;

/** Every open clock, as of `now`. */
export async function loadOpenClocks(
  db: Db,
  now: Date,
  settings: CustomerClockSettings,
): Promise<OpenClock[]> {
  const [incidentCustomers, requests, approvals, proposalApprovals, customers] = await Promise.all([
    db.incidentCustomer.findMany({
      where: {
        incident: { status: "open" },
        OR: [{ notifiedAt: null }, { authorityDecision: "pending" }],
      },
      include: incidentCustomerInclude,
    }),
    db.dataSubjectRequest.findMany({
      where: { status: { in: ["received", "forwarded"] } },
      include: requestInclude,
    }),
    db.customerSubProcessor.findMany({ where: { status: "pending" }, include: approvalInclude }),
    db.proposalCustomer.findMany({ where: pendingProposalApproval, include: proposalApprovalInclude }),
    db.customer.findMany({ where: { archivedAt: null }, select: customerSelect }),
  ]);
  return [
    ...incidentCustomers.flatMap((row) => clocksOfIncidentCustomer(incidentCustomerFacts(row))),
    ...requests.flatMap((row) => clocksOfRequest(requestFacts(row))),
    ...approvals.flatMap((row) => clocksOfApproval(approvalFacts(row))),
    ...proposalApprovals.flatMap((row) => clocksOfApproval(proposalApprovalFacts(row))),
    ...customers.flatMap((row) => clocksOfCustomer(row, now, settings)),
  ];
}

/** The open clocks of one entity, read fresh: the check right before a reminder is posted. */
export async function loadOpenClocksOf(
  db: Db,
  entityType: string,
  entityId: string,
  now: Date,
  settings: CustomerClockSettings,
): Promise<OpenClock[]> {
  switch (entityType) {
    case ENTITY_TYPES.incidentCustomer: {
      const row = await db.incidentCustomer.findUnique({
        where: { id: entityId },
        include: incidentCustomerInclude,
      });
      return row ? clocksOfIncidentCustomer(incidentCustomerFacts(row)) : [];
    }
    case ENTITY_TYPES.request: {
      const row = await db.dataSubjectRequest.findUnique({
        where: { id: entityId },
        include: requestInclude,
      });
      return row ? clocksOfRequest(requestFacts(row)) : [];
    }
    case ENTITY_TYPES.approval: {
      const row = await db.customerSubProcessor.findUnique({
        where: { id: entityId },
        include: approvalInclude,
      });
      return row ? clocksOfApproval(approvalFacts(row)) : [];
    }
    case ENTITY_TYPES.proposalCustomer: {
      const row = await db.proposalCustomer.findFirst({
        where: { id: entityId, ...pendingProposalApproval },
        include: proposalApprovalInclude,
      });
      return row ? clocksOfApproval(proposalApprovalFacts(row)) : [];
    }
    case ENTITY_TYPES.customer: {
      const row = await db.customer.findUnique({ where: { id: entityId }, select: customerSelect });
      return row ? clocksOfCustomer(row, now, settings) : [];
    }
    default:
      return [];
  }
}

type IncidentCustomerRow = Prisma.IncidentCustomerGetPayload<{ include: typeof incidentCustomerInclude }>;

function incidentCustomerFacts(row: IncidentCustomerRow): IncidentCustomerFacts {
  return {
    id: row.id,
    incidentId: row.incidentId,
    reference: row.incident.reference,
    incidentStatus: row.incident.status,
    customerName: row.customer.name,
    authority: row.customer.authority,
    notifyDeadline: row.notifyDeadline,
    notifiedAt: row.notifiedAt,
    authorityDeadline: row.authorityDeadline,
    authorityDecision: row.authorityDecision,
    createdAt: row.createdAt,
    platform: row.incident.platform,
    channelId: row.incident.channelId,
  };
}

type RequestRow = Prisma.DataSubjectRequestGetPayload<{ include: typeof requestInclude }>;

function requestFacts(row: RequestRow): RequestFacts {
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
  };
}

type ApprovalRow = Prisma.CustomerSubProcessorGetPayload<{ include: typeof approvalInclude }>;

function approvalFacts(row: ApprovalRow): ApprovalFacts {
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

function proposalApprovalFacts(row: ProposalApprovalRow): ApprovalFacts {
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
