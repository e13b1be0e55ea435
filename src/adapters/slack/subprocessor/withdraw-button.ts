// Withdraw on the proposal message: only the proposer may; pending requests are closed, the
// proposal message shows it at once and the requests' messages are updated by the scheduler.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { SUBPROCESSOR_ACTIONS } from "../../../domain/subprocessor/subprocessor-actions.ts";
import { SubprocessorRefusal } from "../../../domain/subprocessor/subprocessor-error.ts";
import { withdrawProposal } from "../../../domain/subprocessor/withdraw-proposal.ts";
import { userRef } from "../breach/context.ts";
import { noticeOf, type SlackSubprocessorContext } from "./context.ts";

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
      if (!(error instanceof SubprocessorRefusal))
        ctx.logger.error({ err: error }, "withdrawing a proposal failed");
      const refusal = error instanceof SubprocessorRefusal ? error : null;
      await ctx.deps.chat
        .postPrivate(
          where,
          user.id,
          noticeOf(language, refusal?.key ?? "subprocessor.error.unexpected", refusal?.params ?? {}),
        )
        .catch(() => undefined);
    }
  });
}
