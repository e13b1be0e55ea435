// Approve / Reject on an approval request card in Teams (art. 9 DPA), the same use cases and forms
// as Slack's. Only the customer's approvers may decide, matched on their AAD object id: anyone else
// gets a private "not allowed" (shown to them alone) and the attempt is audited. Approve inside the
// EEA decides at once; outside the EEA the card turns into the art. 3.7 confirmation; Reject asks a
// reason. The decider sees the card with the outcome in place of the buttons; the other cards of
// that customer (other approvers, Slack) and the proposal's tally are updated by the use case.

import { AccessRefusal, may } from "../../../domain/access/access-control.ts";
import { t, translator } from "../../../domain/i18n/translate.ts";
import type { Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildApprovalMessage, outcomeLine } from "../../../domain/subprocessor/approval-message.ts";
import {
  type DecideApprovalResult,
  decideApproval,
  prepareDecision,
} from "../../../domain/subprocessor/decide-approval.ts";
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import { approvalObject } from "../../../domain/subprocessor/may-decide.ts";
import type { CustomerApproval } from "../../../domain/subprocessor/proposal.ts";
import type { ApprovalContext } from "../../../domain/subprocessor/proposal-repository.ts";
import { SUBPROCESSOR_ACTIONS } from "../../../domain/subprocessor/subprocessor-actions.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import { SubprocessorRefusal } from "../../../domain/subprocessor/subprocessor-error.ts";
import {
  APPROVE_FORM_ID,
  buildDecisionForm,
  REJECT_FORM_ID,
} from "../../../forms/subprocessor/decision-form.ts";
import type { AdaptiveCard } from "../../../forms/teams/card.ts";
import { renderFormCard } from "../../../forms/teams/render-form.ts";
import { renderMessageCard } from "../../../forms/teams/render-message.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import type { FlowRegistry, FormHandler, SubmitResult, TeamsFlowContext } from "../flows.ts";
import { translateErrors } from "../form-errors.ts";
import { actorOf, type TeamsTurn } from "../turn.ts";

export function registerApprovalButtons(
  registry: FlowRegistry,
  ctx: TeamsFlowContext,
  deps: SubprocessorDeps,
): void {
  const approvalCard = (context: Pick<ApprovalContext, "proposal" | "approval">): AdaptiveCard =>
    renderMessageCard(buildApprovalMessage(context.proposal, context.approval, { timezone: deps.timezone }));

  const currentCard = async (approvalId: string): Promise<AdaptiveCard | null> => {
    const context = await deps.proposals.approvalContext(approvalId);
    return context ? approvalCard(context) : null;
  };

  /** The decision form shown in place of the card, for the one who clicked. */
  const decisionForm = (decision: "approve" | "reject", context: ApprovalContext, state: DialogState) =>
    buildDecisionForm({
      language: state.l,
      decision,
      summary: t(state.l, "subprocessor.msg.requestSummary", {
        name: context.proposal.subProcessorName,
        customer: context.approval.customerName,
      }),
      state: encodeDialogState({ ...state, i: context.approval.id }),
    });

  /** "Already decided: approved by … (Slack)", in the customer's language. */
  const alreadyDecided = (approval: CustomerApproval) =>
    t(approval.language, "subprocessor.reply.already", {
      outcome: outcomeLine(approval, deps.timezone, translator(approval.language)),
    });

  const answer = async (result: DecideApprovalResult, language: Language): Promise<AdaptiveCard | string> => {
    if (result.outcome === "not-allowed") return t(language, "subprocessor.reply.notAllowed");
    if (result.outcome === "already") return alreadyDecided(result.approval);
    return (await currentCard(result.approval.id)) ?? t(language, "subprocessor.error.approvalUnknown");
  };

  for (const decision of ["approve", "reject"] as const) {
    registry.verb(SUBPROCESSOR_ACTIONS[decision], async (turn, data) => {
      const approvalId = String(data.value ?? "");
      const actor = actorOf(turn);
      let language = await ctx.language(turn);
      try {
        const prepared = await prepareDecision(deps, approvalId, actor);
        if (prepared.outcome === "not-allowed") return t(language, "subprocessor.reply.notAllowed");
        if (prepared.outcome === "already") return alreadyDecided(prepared.approval);
        const { context } = prepared;
        language = context.approval.language;
        if (decision === "approve" && isInEea(context.proposal.country)) {
          const result = await decideApproval(deps, { approvalId, state: "approved", actor, via: "teams" });
          return answer(result, language);
        }
        const state = newDialogState(language, turn.timezone);
        return renderFormCard(decisionForm(decision, context, state), {
          surface: "card",
          timezone: turn.timezone,
        });
      } catch (error) {
        const refused = refusalMessage(error, language);
        if (refused === null) throw error;
        return refused;
      }
    });
  }

  // Teams asks for the card's current state when it is shown: decided elsewhere (another approver,
  // Slack, an e-mail link) or withdrawn, the buttons are gone even before the card was updated.
  // Only for whoever may read that approval: its approvers and those who read the registers. The
  // id comes back from the client, so an edited one shows nothing, not even that it exists.
  registry.verb(SUBPROCESSOR_ACTIONS.refreshApproval, async (turn, data) => {
    const approvalId = String(data.value ?? "");
    const context = await deps.proposals.approvalContext(approvalId);
    const actor = actorOf(turn);
    const mayRead =
      context !== null &&
      ((await may(deps.access, actor, "approval.decide", approvalObject(approvalId, context.approvers))) ||
        (await may(deps.access, actor, "registers.read")));
    return mayRead
      ? approvalCard(context)
      : t(await ctx.language(turn), "subprocessor.error.approvalUnknown");
  });

  const formHandler = (decision: "approve" | "reject"): FormHandler => ({
    rebuild: async (_turn, state) => {
      const context = await deps.proposals.approvalContext(state.i ?? "");
      if (!context) throw new SubprocessorRefusal("subprocessor.error.approvalUnknown");
      return { form: decisionForm(decision, context, state) };
    },
    submit: async (turn, { values, state }) => submitDecision(deps, turn, decision, values, state, answer),
    cancel: async (_turn, state) => {
      const card = await currentCard(state.i ?? "");
      if (card) return card;
      throw new SubprocessorRefusal("subprocessor.error.approvalUnknown");
    },
  });
  registry.form(APPROVE_FORM_ID, formHandler("approve"));
  registry.form(REJECT_FORM_ID, formHandler("reject"));
}

/** The art. 3.7 confirmation or the reason: missing is a field error and decides nothing. */
async function submitDecision(
  deps: SubprocessorDeps,
  turn: TeamsTurn,
  decision: "approve" | "reject",
  values: Record<string, unknown>,
  state: DialogState,
  answer: (result: DecideApprovalResult, language: Language) => Promise<AdaptiveCard | string>,
): Promise<SubmitResult> {
  const confirmed = Array.isArray(values.confirm) && values.confirm.includes("non-eea");
  const reason = typeof values.reason === "string" ? values.reason.trim() : "";
  if (decision === "approve" && !confirmed)
    return {
      kind: "errors",
      errors: translateErrors({ confirm: "subprocessor.error.confirmNonEea" }, state.l),
    };
  if (decision === "reject" && reason === "")
    return {
      kind: "errors",
      errors: translateErrors({ reason: "subprocessor.error.reasonRequired" }, state.l),
    };
  try {
    const result = await decideApproval(deps, {
      approvalId: state.i ?? "",
      state: decision === "approve" ? "approved" : "rejected",
      actor: actorOf(turn),
      via: "teams",
      reason: decision === "approve" ? null : reason,
      nonEeaConfirmed: decision === "approve" && confirmed,
    });
    const shown = await answer(result, state.l);
    return typeof shown === "string" ? { kind: "done", message: shown } : { kind: "done", card: shown };
  } catch (error) {
    if (error instanceof AccessRefusal) return { kind: "done", message: refusalMessage(error, state.l)! };
    if (!(error instanceof SubprocessorRefusal)) throw error;
    const fields = Object.keys(error.fields);
    return fields.length > 0
      ? { kind: "errors", errors: translateErrors(error.fields, state.l) }
      : { kind: "done", message: t(state.l, error.key) };
  }
}
