// Reads of the sub-processor register and of the proposals, for the CLI and exports.
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import { tallyOf } from "../../../domain/subprocessor/proposal.ts";
import type { RegisterRow } from "../../../domain/subprocessor/register-rows.ts";
import type { Db } from "./audit.ts";

/** In use (approved) rows, then proposals not (or not yet) approved; one customer or all. */
export async function registerRows(db: Db, customerKey?: string): Promise<RegisterRow[]> {
  const customerWhere = customerKey ? { customer: { key: customerKey } } : {};
  const links = await db.customerSubProcessor.findMany({
    where: customerWhere,
    include: {
      customer: { select: { key: true } },
      subProcessor: true,
      decidedBy: { select: { displayName: true } },
    },
    orderBy: [{ customer: { key: "asc" } }, { subProcessor: { name: "asc" } }],
  });
  const proposalIds = links.flatMap((l) => (l.proposalId ? [l.proposalId] : []));
  const decisions = await db.proposalCustomer.findMany({
    where: { OR: [{ proposalId: { in: proposalIds } }, { status: { not: "approved" } }], ...customerWhere },
    include: { proposal: true, customer: { select: { key: true } } },
    orderBy: [{ customer: { key: "asc" } }, { requestedAt: "asc" }],
  });
  const decisionOf = (customerId: string, proposalId: string | null) =>
    decisions.find((d) => d.customerId === customerId && d.proposalId === proposalId);
  const rows: RegisterRow[] = links.map((link) => {
    const decision = link.proposalId ? decisionOf(link.customerId, link.proposalId) : undefined;
    const country = decision?.proposal.country ?? link.subProcessor.country;
    return {
      customer: link.customer.key,
      name: link.subProcessor.name,
      purpose: link.purpose,
      country,
      inEea: isInEea(country),
      mechanism: decision?.proposal.mechanism ?? link.subProcessor.mechanism,
      status: link.status,
      decidedAt: (link.decidedAt ?? null)?.toISOString() ?? null,
      decidedBy: decision?.decidedByName ?? link.decidedBy?.displayName ?? null,
      via: decision?.via ?? (link.proposalId ? null : "register"),
      proposal: decision?.proposal.reference ?? null,
      consentReference: link.consentReference,
    };
  });
  for (const d of decisions) {
    if (d.status === "approved") continue;
    rows.push({
      customer: d.customer.key,
      name: d.proposal.subProcessorName,
      purpose: d.proposal.purpose,
      country: d.proposal.country,
      inEea: isInEea(d.proposal.country),
      mechanism: d.proposal.mechanism,
      status: d.status,
      decidedAt: d.decidedAt?.toISOString() ?? null,
      decidedBy: d.decidedByName,
      via: d.via,
      proposal: d.proposal.reference,
      consentReference: null,
    });
  }
  return rows.sort((a, b) => (a.customer === b.customer ? 0 : a.customer < b.customer ? -1 : 1));
}

export async function proposalSummaries(db: Db) {
  const proposals = await db.subProcessorProposal.findMany({
    include: { proposer: { select: { displayName: true } }, customers: { select: { status: true } } },
    orderBy: { createdAt: "asc" },
  });
  return proposals.map((p) => ({
    reference: p.reference,
    status: p.status,
    name: p.subProcessorName,
    purpose: p.purpose,
    country: p.country,
    inEea: isInEea(p.country),
    mechanism: p.mechanism,
    intendedStart: p.intendedStart.toISOString().slice(0, 10),
    proposedBy: p.proposer.displayName,
    proposedAt: p.createdAt.toISOString(),
    withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
    tally: tallyOf(p.customers.map((c) => c.status)),
  }));
}

/** The approval of one customer on one proposal, by readable keys (for written consent). */
export async function findApprovalId(db: Db, reference: string, customerKey: string): Promise<string | null> {
  const row = await db.proposalCustomer.findFirst({
    where: { proposal: { reference }, customer: { key: customerKey } },
    select: { id: true },
  });
  return row?.id ?? null;
}
