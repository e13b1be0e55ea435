// Art. 9 DPA: a customer's approver approves or rejects a proposal. Only that customer's approvers
// may (matched on their platform identity, or holding their own e-mail link); privacy officers may
// record a consent that arrived in writing. Art. 3.7 DPA: outside the EEA an approval needs the
// explicit confirmation of the warning. The first decision per customer stands.

import { may } from "../access/access-control.ts";
import type { Actor } from "../ports.ts";
import { freeTextError, trimmedText } from "../text/free-text.ts";
import { isInEea } from "./eea.ts";
import { approvalObject } from "./may-decide.ts";
import type { DecisionVia } from "./proposal.ts";
import type { ApprovalContext, DecideResult, DecisionRecord } from "./proposal-repository.ts";
import { refreshAfterDecision } from "./refresh-approval-messages.ts";
import type { SubprocessorDeps } from "./subprocessor-deps.ts";
import { SubprocessorRefusal } from "./subprocessor-error.ts";

export interface DecideApprovalCommand {
  approvalId: string;
  state: "approved" | "rejected";
  actor: Actor;
  via: DecisionVia;
  reason?: string | null;
  nonEeaConfirmed?: boolean;
  evidence?: Record<string, string | null>;
  /** E-mail link decisions: the link's contact (already bound to this approval) and the link. */
  link?: { id: string; contactId: string };
}

export type DecideApprovalResult = DecideResult | { outcome: "not-allowed" };

export async function decideApproval(
  deps: SubprocessorDeps,
  command: DecideApprovalCommand,
): Promise<DecideApprovalResult> {
  const context = await deps.proposals.approvalContext(command.approvalId);
  if (!context) throw new SubprocessorRefusal("subprocessor.error.approvalUnknown");
  if (!(await mayDecide(deps, command, context.approvers))) {
    // Audited as a refused decision on this approval (the evidence of art. 9 DPA keeps both).
    await deps.proposals.recordRefusedAttempt(command.approvalId, command.actor, command.via);
    return { outcome: "not-allowed" };
  }
  if (context.approval.state !== "pending") {
    return { outcome: "already", approval: context.approval, decision: context.approval.decision };
  }
  const reason = trimmedText(command.reason);
  const reasonError = freeTextError(reason, "lines");
  if (reasonError) throw new SubprocessorRefusal(reasonError, { reason: reasonError });
  if (command.state === "rejected" && reason === null) {
    throw new SubprocessorRefusal("subprocessor.error.reasonRequired", {
      reason: "subprocessor.error.reasonRequired",
    });
  }
  const outsideEea = !isInEea(context.proposal.country);
  if (command.state === "approved" && outsideEea && !command.nonEeaConfirmed) {
    throw new SubprocessorRefusal("subprocessor.error.confirmNonEea", {
      confirm: "subprocessor.error.confirmNonEea",
    });
  }
  const record: DecisionRecord = {
    state: command.state,
    at: deps.clock.now(),
    via: command.via,
    reason,
    nonEeaConfirmed: command.state === "approved" && outsideEea,
    evidence: command.evidence ?? {},
    ...(command.link ? { linkId: command.link.id } : {}),
  };
  const result = await deps.proposals.decide(command.approvalId, record, command.actor);
  if (result.outcome === "decided") await refreshAfterDecision(deps, command.approvalId);
  return result;
}

async function mayDecide(
  deps: Pick<SubprocessorDeps, "access">,
  command: DecideApprovalCommand,
  approvers: ApprovalContext["approvers"],
): Promise<boolean> {
  switch (command.via) {
    case "slack":
    case "teams":
      return may(
        deps.access,
        command.actor,
        "approval.decide",
        approvalObject(command.approvalId, approvers),
      );
    case "email_link": {
      // The link names the contact it was sent to: that contact must be one of the approvers.
      if (!command.link) return false;
      const contact = { platform: "email" as const, userId: command.link.contactId, displayName: "" };
      return may(deps.access, contact, "approval.decide", approvalObject(command.approvalId, approvers));
    }
    case "written_consent":
      return (
        Boolean(command.evidence?.documentReference?.trim()) &&
        (await may(deps.access, command.actor, "consent.record"))
      );
  }
}

export type AskOutcome =
  | { outcome: "not-allowed" }
  | { outcome: "already"; approval: ApprovalContext["approval"] }
  | { outcome: "ask"; context: ApprovalContext };

/**
 * Before showing a decision dialog: may this actor decide, and is there still something to decide?
 * An attempt by someone else is audited here, before any dialog opens.
 */
export async function prepareDecision(
  deps: Pick<SubprocessorDeps, "proposals" | "access">,
  approvalId: string,
  actor: Actor,
): Promise<AskOutcome> {
  const context = await deps.proposals.approvalContext(approvalId);
  if (!context) throw new SubprocessorRefusal("subprocessor.error.approvalUnknown");
  if (!(await may(deps.access, actor, "approval.decide", approvalObject(approvalId, context.approvers)))) {
    await deps.proposals.recordRefusedAttempt(approvalId, actor, actor.platform);
    return { outcome: "not-allowed" };
  }
  if (context.approval.state !== "pending") return { outcome: "already", approval: context.approval };
  return { outcome: "ask", context };
}
