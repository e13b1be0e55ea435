// After a decision: the customer's request messages show the outcome instead of the buttons, and
// the proposal message its new tally. A chat failure is reported, not thrown: the decision stands,
// and messages still marked stale are brought up to date by the scheduler.
import { buildApprovalMessage } from "./approval-message.ts";
import type { Proposal } from "./proposal.ts";
import { buildProposalMessage } from "./proposal-message.ts";
import type { SubprocessorDeps } from "./subprocessor-deps.ts";

type RefreshDeps = Pick<SubprocessorDeps, "proposals" | "chat" | "timezone" | "onChatError">;

export async function refreshAfterDecision(deps: RefreshDeps, approvalId: string): Promise<void> {
  const context = await deps.proposals.approvalContext(approvalId);
  if (!context) return;
  try {
    const message = buildApprovalMessage(context.proposal, context.approval, { timezone: deps.timezone });
    for (const posted of context.messages) await deps.chat.update(posted, message);
    await deps.proposals.markMessagesCurrent(approvalId);
  } catch (error) {
    deps.onChatError(error, `approval ${approvalId}`);
  }
  await refreshProposalMessage(deps, context.proposal);
}

export async function refreshProposalMessage(deps: RefreshDeps, proposal: Proposal): Promise<void> {
  if (!proposal.message) return;
  try {
    const tally = await deps.proposals.tally(proposal.id);
    await deps.chat.update(
      proposal.message,
      buildProposalMessage(proposal, tally, { timezone: deps.timezone }),
    );
    await deps.proposals.markProposalMessageCurrent(proposal.id);
  } catch (error) {
    deps.onChatError(error, `proposal ${proposal.id}`);
  }
}
