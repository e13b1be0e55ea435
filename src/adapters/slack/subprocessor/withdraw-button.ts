// Withdraw on the proposal message: only the proposer may; pending requests are closed, the
// proposal message shows it at once and the requests' messages are updated by the scheduler.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { t } from "../../../domain/i18n/translate.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { SUBPROCESSOR_ACTIONS } from "../../../domain/subprocessor/subprocessor-actions.ts";
import { withdrawProposal } from "../../../domain/subprocessor/withdraw-proposal.ts";
import { userRef } from "../breach/context.ts";
import { notice, noticeOf, type SlackSubprocessorContext } from "./context.ts";

export function registerWithdrawButton(app: App, ctx: SlackSubprocessorContext): void {
  app.action<BlockAction<ButtonAction>>(SUBPROCESSOR_ACTIONS.withdraw, async ({ ack, body, action }) => {
    await ack();
    const user = userRef(body.user, body.team?.id);
    const where = { platform: "slack" as const, channelId: body.channel?.id ?? user.id };
    const language = await ctx.people.language(user);
    try {
      const actor = await ctx.people.actor(user);
      const proposal = await withdrawProposal(ctx.deps, { proposalId: action.value ?? "", actor });
      await ctx.deps.chat.postPrivate(
        where,
        user.id,
        noticeOf(language, "subprocessor.reply.withdrawn", { ref: proposal.reference }),
      );
    } catch (error) {
      const refused = refusalMessage(error, language);
      if (refused === null) ctx.logger.error({ err: error }, "withdrawing a proposal failed");
      await ctx.deps.chat
        .postPrivate(where, user.id, notice(refused ?? t(language, "subprocessor.error.unexpected")))
        .catch(() => undefined);
    }
  });
}
