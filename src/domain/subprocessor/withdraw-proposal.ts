// The proposer withdraws a proposal: every pending approval is closed (withdrawn), requests not yet
// sent are cancelled and the messages already sent are updated by the scheduler.
import type { Actor } from "../ports.ts";
import type { Proposal } from "./proposal.ts";
import { refreshProposalMessage } from "./refresh-approval-messages.ts";
import type { SubprocessorDeps } from "./subprocessor-deps.ts";
import { SubprocessorRefusal } from "./subprocessor-error.ts";

export async function withdrawProposal(
  deps: SubprocessorDeps,
  command: { proposalId: string; actor: Actor },
): Promise<Proposal> {
  const proposal = await deps.proposals.get(command.proposalId);
  if (!proposal) throw new SubprocessorRefusal("subprocessor.error.proposalUnknown");
  const isProposer =
    proposal.proposerPlatform === command.actor.platform && proposal.proposerUserId === command.actor.userId;
  if (!isProposer)
    throw new SubprocessorRefusal("subprocessor.error.onlyProposer", {}, { name: proposal.proposerName });
  if (proposal.status === "withdrawn") return proposal;
  const withdrawn = await deps.proposals.withdraw(command.proposalId, deps.clock.now(), command.actor);
  await refreshProposalMessage(deps, withdrawn);
  return withdrawn;
}
