// Withdraw on the proposal card in Teams: the card asks first, then only the proposer may withdraw
// (anyone else is told so privately); pending requests are closed, the card shows the withdrawal
// at once and the requests' cards are updated by the scheduler. Like Slack's withdraw button.

import { may } from "../../../domain/access/access-control.ts";
import { t } from "../../../domain/i18n/translate.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildProposalMessage } from "../../../domain/subprocessor/proposal-message.ts";
import { SUBPROCESSOR_ACTIONS } from "../../../domain/subprocessor/subprocessor-actions.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import { SubprocessorRefusal } from "../../../domain/subprocessor/subprocessor-error.ts";
import { withdrawProposal } from "../../../domain/subprocessor/withdraw-proposal.ts";
import { buildWithdrawForm, WITHDRAW_FORM_ID } from "../../../forms/subprocessor/withdraw-form.ts";
import type { AdaptiveCard } from "../../../forms/teams/card.ts";
import { renderFormCard } from "../../../forms/teams/render-form.ts";
import { renderMessageCard } from "../../../forms/teams/render-message.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import type { FlowRegistry, TeamsFlowContext } from "../flows.ts";
import { actorOf } from "../turn.ts";

export function registerWithdrawButton(
  registry: FlowRegistry,
  ctx: TeamsFlowContext,
  deps: SubprocessorDeps,
): void {
  const proposalCard = async (proposalId: string): Promise<AdaptiveCard | null> => {
    const proposal = await deps.proposals.get(proposalId);
    if (!proposal) return null;
    const tally = await deps.proposals.tally(proposal.id);
    return renderMessageCard(buildProposalMessage(proposal, tally, { timezone: deps.timezone }));
  };

  const form = async (state: DialogState) => {
    const tally = await deps.proposals.tally(state.i ?? "");
    return buildWithdrawForm({ language: state.l, pending: tally.pending, state: encodeDialogState(state) });
  };

  registry.verb(SUBPROCESSOR_ACTIONS.withdraw, async (turn, data) => {
    const language = await ctx.language(turn);
    const proposal = await deps.proposals.get(String(data.value ?? ""));
    if (!proposal) return t(language, "subprocessor.error.proposalUnknown");
    const state = newDialogState(language, turn.timezone, { i: proposal.id });
    return renderFormCard(await form(state), { surface: "card", timezone: turn.timezone });
  });

  // The tally as it is now, whenever the card is shown.
  // For the proposer and those who read the registers only (the id is whatever the client sent).
  registry.verb(SUBPROCESSOR_ACTIONS.refreshProposal, async (turn, data) => {
    const proposal = await deps.proposals.get(String(data.value ?? ""));
    const actor = actorOf(turn);
    const mayRead =
      proposal !== null &&
      ((proposal.proposerPlatform === actor.platform && proposal.proposerUserId === actor.userId) ||
        (await may(deps.access, actor, "registers.read")));
    const card = mayRead ? await proposalCard(proposal.id) : null;
    return card ?? t(await ctx.language(turn), "subprocessor.error.proposalUnknown");
  });

  registry.form(WITHDRAW_FORM_ID, {
    rebuild: async (_turn, state) => ({ form: await form(state) }),
    submit: async (turn, { state }) => {
      try {
        const proposal = await withdrawProposal(deps, { proposalId: state.i ?? "", actor: actorOf(turn) });
        const card = await proposalCard(proposal.id);
        return card
          ? { kind: "done", card }
          : {
              kind: "done",
              message: t(state.l, "subprocessor.reply.withdrawn", { ref: proposal.reference }),
            };
      } catch (error) {
        const refused = refusalMessage(error, state.l);
        if (refused === null) throw error;
        return { kind: "done", message: refused };
      }
    },
    cancel: async (_turn, state) => {
      const card = await proposalCard(state.i ?? "");
      if (card) return card;
      throw new SubprocessorRefusal("subprocessor.error.proposalUnknown");
    },
  });
}
