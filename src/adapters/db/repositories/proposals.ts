// Sub-processor proposals in PostgreSQL (art. 9 DPA). A proposal is stored with one approval per
// customer and one request row per recipient in one transaction; decisions are conditional updates
// (the first decision per customer stands) and write the register and the audit row with them.
import type { Actor, PostedMessage } from "../../../domain/ports.ts";
import { tallyOf } from "../../../domain/subprocessor/proposal.ts";
import type {
  ApprovalContext,
  DecisionRecord,
  NewProposal,
  ProposalRepository,
} from "../../../domain/subprocessor/proposal-repository.ts";
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.ts";
import { approvalDeliveryTrouble } from "./approval-requests.ts";
import { ensureAccount, recordAudit } from "./audit.ts";
import { approvalInclude, proposalInclude, toApproval, toProposal } from "./proposal-records.ts";
import { nextReference } from "./reference-counter.ts";
import { writeRegisterApproval } from "./subprocessor-register.ts";

export const PROPOSAL_REFERENCE_PREFIX = "SV";

export function createProposalRepository(prisma: PrismaClient): ProposalRepository {
  const load = async (id: string) => {
    const row = await prisma.subProcessorProposal.findUnique({ where: { id }, include: proposalInclude });
    return row ? toProposal(row) : null;
  };
  const byKey = async (key: string) => {
    const row = await prisma.subProcessorProposal.findUnique({
      where: { idempotencyKey: key },
      include: proposalInclude,
    });
    return row ? toProposal(row) : null;
  };
  const context = async (approvalId: string): Promise<ApprovalContext | null> => {
    if (!isUuid(approvalId)) return null;
    const row = await prisma.proposalCustomer.findUnique({
      where: { id: approvalId },
      include: {
        ...approvalInclude,
        proposal: { include: proposalInclude },
        requests: { where: { messageId: { not: null } } },
      },
    });
    if (!row) return null;
    const contacts = await prisma.contact.findMany({
      where: { customerId: row.customerId, roles: { has: "approver" } },
      orderBy: { email: "asc" },
    });
    return {
      approval: toApproval(row),
      proposal: toProposal(row.proposal),
      approvers: contacts.map((c) => ({
        contactId: c.id,
        name: c.name,
        email: c.email,
        slackUserId: c.slackUserId,
        teamsUserId: c.teamsUserId,
      })),
      messages: row.requests.map((r) => ({
        platform: r.channel === "teams" ? ("teams" as const) : ("slack" as const),
        channelId: r.messageChannelId!,
        messageId: r.messageId!,
      })),
    };
  };

  return {
    async create(draft: NewProposal, actor: Actor) {
      const existing = await byKey(draft.idempotencyKey);
      if (existing) return { proposal: existing, created: false };
      try {
        const id = await prisma.$transaction((tx) => insertProposal(tx, draft, actor), { timeout: 60_000 });
        return { proposal: (await load(id))!, created: true };
      } catch (error) {
        const winner = isUniqueViolation(error) ? await byKey(draft.idempotencyKey) : null;
        if (winner) return { proposal: winner, created: false };
        throw error;
      }
    },

    get: (id) => (isUuid(id) ? load(id) : Promise.resolve(null)),

    async approvals(proposalId) {
      const rows = await prisma.proposalCustomer.findMany({
        where: { proposalId },
        include: approvalInclude,
        orderBy: { customer: { name: "asc" } },
      });
      return rows.map(toApproval);
    },

    async tally(proposalId) {
      const rows = await prisma.proposalCustomer.groupBy({
        by: ["status"],
        where: { proposalId },
        _count: { _all: true },
      });
      const tally = tallyOf(rows.flatMap((r) => Array<typeof r.status>(r._count._all).fill(r.status)));
      const delivery = await approvalDeliveryTrouble(prisma, proposalId);
      return delivery ? { ...tally, delivery } : tally;
    },

    async attachMessage(id, posted: PostedMessage) {
      await prisma.subProcessorProposal.update({
        where: { id },
        data: { platform: posted.platform, channelId: posted.channelId, messageId: posted.messageId },
      });
    },

    approvalContext: context,

    async decide(approvalId, record: DecisionRecord, actor) {
      const decided = await prisma
        .$transaction(async (tx) => {
          const account = await ensureAccount(tx, actor);
          // Conditional: of two decisions at once PostgreSQL lets one match the pending row; the
          // other finds it decided (art. 9 DPA: the first decision per customer stands).
          const { count } = await tx.proposalCustomer.updateMany({
            where: { id: approvalId, status: "pending", proposal: { status: "open" } },
            data: {
              status: record.state,
              decidedAt: record.at,
              decidedByAccountId: account.id,
              decidedByName: actor.displayName,
              via: record.via,
              reason: record.reason,
              nonEeaConfirmed: record.nonEeaConfirmed,
              evidence: record.evidence,
            },
          });
          if (count === 0) return false;
          if (record.linkId) {
            const used = await tx.approvalLink.updateMany({
              where: { id: record.linkId, usedAt: null, revokedAt: null },
              data: { usedAt: record.at },
            });
            // A link used by a concurrent request of its own: roll the decision back.
            if (used.count === 0) throw new LinkAlreadyUsed();
          }
          // Requests not yet sent need not go out; sent messages must show the outcome.
          await tx.approvalRequest.updateMany({
            where: { proposalCustomerId: approvalId, status: { in: ["pending", "failed"] } },
            data: { status: "cancelled", claimedBy: null, claimedUntil: null },
          });
          await tx.approvalRequest.updateMany({
            where: { proposalCustomerId: approvalId, messageId: { not: null } },
            data: { messageStale: true },
          });
          if (record.state === "approved") await writeRegisterApproval(tx, approvalId, account.id, record);
          const { proposalId } = await tx.proposalCustomer.findUniqueOrThrow({
            where: { id: approvalId },
            select: { proposalId: true },
          });
          await markTallyStale(tx, proposalId);
          await recordAudit(tx, actor, {
            action: `subprocessor.${record.state}`,
            entityType: "ProposalCustomer",
            entityId: approvalId,
            after: {
              via: record.via,
              reason: record.reason,
              nonEeaConfirmed: record.nonEeaConfirmed,
              evidence: record.evidence,
            },
          });
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof LinkAlreadyUsed) return false;
          throw error;
        });
      const current = (await context(approvalId))!;
      return decided
        ? { outcome: "decided" as const, approval: current.approval }
        : { outcome: "already" as const, approval: current.approval, decision: current.approval.decision };
    },

    async recordRefusedAttempt(approvalId, actor, why) {
      await recordAudit(prisma, actor, {
        action: "subprocessor.decision_refused",
        entityType: "ProposalCustomer",
        entityId: approvalId,
        after: { why },
      });
    },

    async withdraw(proposalId, at, actor) {
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.subProcessorProposal.updateMany({
          where: { id: proposalId, status: "open" },
          data: { status: "withdrawn", withdrawnAt: at },
        });
        if (count === 0) return;
        const pending = { proposalCustomer: { proposalId, status: "pending" as const } };
        await tx.approvalRequest.updateMany({
          where: { ...pending, status: { in: ["pending", "failed"] } },
          data: { status: "cancelled", claimedBy: null, claimedUntil: null },
        });
        await tx.approvalRequest.updateMany({
          where: { ...pending, messageId: { not: null } },
          data: { messageStale: true },
        });
        await markTallyStale(tx, proposalId);
        const closed = await tx.proposalCustomer.updateMany({
          where: { proposalId, status: "pending" },
          data: { status: "withdrawn", decidedAt: at, decidedByName: actor.displayName },
        });
        await recordAudit(tx, actor, {
          action: "subprocessor.proposal_withdrawn",
          entityType: "SubProcessorProposal",
          entityId: proposalId,
          after: { closedApprovals: closed.count },
        });
      });
      return (await load(proposalId))!;
    },

    async markProposalMessageCurrent(proposalId) {
      await prisma.subProcessorProposal.updateMany({
        where: { id: proposalId, messageStale: true },
        data: { messageStale: false },
      });
    },

    async markMessagesCurrent(approvalId) {
      await prisma.approvalRequest.updateMany({
        where: { proposalCustomerId: approvalId, messageStale: true },
        data: { messageStale: false },
      });
    },
  };
}

class LinkAlreadyUsed extends Error {}

/** The tally message must be rendered again (by the decision's refresh, else by the scheduler). */
async function markTallyStale(tx: Prisma.TransactionClient, proposalId: string): Promise<void> {
  await tx.subProcessorProposal.updateMany({
    where: { id: proposalId, messageId: { not: null } },
    data: { messageStale: true },
  });
}

async function insertProposal(
  tx: Prisma.TransactionClient,
  draft: NewProposal,
  actor: Actor,
): Promise<string> {
  const account = await ensureAccount(tx, actor);
  const reference = await nextReference(tx, PROPOSAL_REFERENCE_PREFIX, draft.referenceYear);
  const proposal = await tx.subProcessorProposal.create({
    data: {
      reference,
      idempotencyKey: draft.idempotencyKey,
      ...draft.terms,
      allCustomers: draft.allCustomers,
      proposerAccountId: account.id,
      proposerLanguage: draft.proposerLanguage,
      platform: draft.platform,
      createdAt: draft.requestedAt,
    },
    select: { id: true },
  });
  await tx.proposalCustomer.createMany({
    data: draft.customers.map((c) => ({
      proposalId: proposal.id,
      customerId: c.customerId,
      requestedAt: draft.requestedAt,
    })),
  });
  const approvals = await tx.proposalCustomer.findMany({
    where: { proposalId: proposal.id },
    select: { id: true, customerId: true },
  });
  const approvalOf = new Map(approvals.map((a) => [a.customerId, a.id]));
  await tx.approvalRequest.createMany({
    data: draft.customers.flatMap((c) =>
      c.requests.map((r) => ({
        proposalCustomerId: approvalOf.get(c.customerId)!,
        contactId: r.contactId,
        channel: r.channel,
        recipient: r.recipient,
        nextAttemptAt: draft.requestedAt,
      })),
    ),
  });
  await recordAudit(tx, actor, {
    action: "subprocessor.proposed",
    entityType: "SubProcessorProposal",
    entityId: proposal.id,
    after: { reference, ...draft.terms, customers: draft.customers.length },
  });
  return proposal.id;
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
