// A privacy officer (usually the proposer) withdraws a proposal: every pending approval is closed
// (withdrawn), requests not yet sent are cancelled and the messages already sent are updated by the
// scheduler. Any privacy officer may, so a proposal nobody should have sent can be stopped.
import { authorize } from "../access/access-control.ts";
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
  await authorize(deps.access, command.actor, "subprocessor.propose", {
    type: "SubProcessorProposal",
    id: proposal.id,
  });
  if (proposal.status === "withdrawn") return proposal;
  const withdrawn = await deps.proposals.withdraw(command.proposalId, deps.clock.now(), command.actor);
  await refreshProposalMessage(deps, withdrawn);
  return withdrawn;
}
