// Rows of the sub-processor proposal tables as the domain's values.
import type {
  CustomerApproval,
  Decision,
  Proposal,
  TransferMechanism,
} from "../../../domain/subprocessor/proposal.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

export const proposalInclude = { proposer: true } satisfies Prisma.SubProcessorProposalInclude;
type ProposalRow = Prisma.SubProcessorProposalGetPayload<{ include: typeof proposalInclude }>;

export function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    subProcessorName: row.subProcessorName,
    purpose: row.purpose,
    country: row.country,
    mechanism: row.mechanism as TransferMechanism,
    dataCategories: row.dataCategories,
    intendedStart: row.intendedStart,
    reason: row.reason,
    allCustomers: row.allCustomers,
    proposerName: row.proposer.displayName,
    proposerUserId: row.proposer.platformUserId,
    proposerPlatform: row.proposer.platform,
    proposerLanguage: row.proposerLanguage,
    message:
      (row.platform === "slack" || row.platform === "teams") && row.channelId && row.messageId
        ? { platform: row.platform, channelId: row.channelId, messageId: row.messageId }
        : null,
    withdrawnAt: row.withdrawnAt,
    createdAt: row.createdAt,
  };
}

export const approvalInclude = {
  customer: { select: { key: true, name: true, language: true } },
} satisfies Prisma.ProposalCustomerInclude;
type ApprovalRow = Prisma.ProposalCustomerGetPayload<{ include: typeof approvalInclude }>;

export function toApproval(row: ApprovalRow): CustomerApproval {
  return {
    id: row.id,
    customerId: row.customerId,
    customerKey: row.customer.key,
    customerName: row.customer.name,
    language: row.customer.language,
    state: row.status,
    decision: toDecision(row),
    reason: row.reason,
  };
}

function toDecision(row: ApprovalRow): Decision | null {
  if (row.status === "pending" || !row.decidedAt) return null;
  return { state: row.status, at: row.decidedAt, byName: row.decidedByName ?? "", via: row.via };
}
