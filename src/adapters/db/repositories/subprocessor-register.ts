// The sub-processor register per customer (art. 9 DPA): a sub-processor is in use for a customer
// only once approved there. An approval writes the register row in the decision's transaction.
import type { DecisionRecord } from "../../../domain/subprocessor/proposal-repository.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

export async function writeRegisterApproval(
  tx: Prisma.TransactionClient,
  approvalId: string,
  accountId: string,
  record: DecisionRecord,
): Promise<void> {
  const approval = await tx.proposalCustomer.findUniqueOrThrow({
    where: { id: approvalId },
    include: { proposal: true },
  });
  const p = approval.proposal;
  const subProcessor = await tx.subProcessor.upsert({
    where: { name: p.subProcessorName },
    create: { name: p.subProcessorName, country: p.country, mechanism: p.mechanism },
    update: {},
    select: { id: true },
  });
  const data = {
    purpose: p.purpose,
    status: "approved" as const,
    nonEeaConsent: record.nonEeaConfirmed,
    decidedAt: record.at,
    decidedByAccountId: accountId,
    consentReference: record.evidence.documentReference ?? null,
    proposalId: p.id,
  };
  await tx.customerSubProcessor.upsert({
    where: {
      customerId_subProcessorId: { customerId: approval.customerId, subProcessorId: subProcessor.id },
    },
    create: {
      customerId: approval.customerId,
      subProcessorId: subProcessor.id,
      requestedAt: approval.requestedAt,
      ...data,
    },
    update: data,
  });
}
