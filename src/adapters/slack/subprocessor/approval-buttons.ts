// Approve / Reject on an approval request. Only the customer's approvers may decide (art. 9 DPA):
// anyone else gets a private "not allowed" and the attempt is audited. Approve inside the EEA
// decides at once; outside the EEA it opens the art. 3.7 confirmation first; Reject asks a reason.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { t, translator } from "../../../domain/i18n/translate.ts";
import type { Actor, ChatTarget, Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { outcomeLine } from "../../../domain/subprocessor/approval-message.ts";
import { decideApproval, prepareDecision } from "../../../domain/subprocessor/decide-approval.ts";
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import { SUBPROCESSOR_ACTIONS } from "../../../domain/subprocessor/subprocessor-actions.ts";
import { renderForm } from "../../../forms/slack/render-form.ts";
import { buildDecisionForm } from "../../../forms/subprocessor/decision-form.ts";
import { userRef } from "../breach/context.ts";
import { encodeState, notice, noticeOf, type SlackSubprocessorContext } from "./context.ts";
import { replyToDecision } from "./decision-reply.ts";

export function registerApprovalButtons(app: App, ctx: SlackSubprocessorContext): void {
  for (const decision of ["approve", "reject"] as const) {
    app.action<BlockAction<ButtonAction>>(
      SUBPROCESSOR_ACTIONS[decision],
      async ({ ack, body, action, client }) => {
        await ack();
        const user = userRef(body.user, body.team?.id);
        const where: ChatTarget = { platform: "slack", channelId: body.channel?.id ?? user.id };
        const approvalId = action.value ?? "";
        let actor: Actor;
        let language: Language = ctx.people.knownLanguage(user);
        try {
          actor = await ctx.people.actor(user);
          const prepared = await prepareDecision(ctx.deps, approvalId, actor);
          if (prepared.outcome === "not-allowed") {
            language = await ctx.people.language(user);
            await ctx.deps.chat.postPrivate(
              where,
              user.id,
              noticeOf(language, "subprocessor.reply.notAllowed"),
            );
            return;
          }
          if (prepared.outcome === "already") {
            const outcome = outcomeLine(
              prepared.approval,
              ctx.deps.timezone,
              translator(prepared.approval.language),
            );
            await ctx.deps.chat.postPrivate(
              where,
              user.id,
              noticeOf(prepared.approval.language, "subprocessor.reply.already", { outcome }),
            );
            return;
          }
          const { proposal, approval } = prepared.context;
          language = approval.language;
          if (decision === "approve" && isInEea(proposal.country)) {
            const result = await decideApproval(ctx.deps, {
              approvalId,
              state: "approved",
              actor,
              via: "slack",
            });
            await replyToDecision(ctx, where, user.id, result);
            return;
          }
          const form = buildDecisionForm({
            language,
            decision,
            summary: t(language, "subprocessor.msg.requestSummary", {
              name: proposal.subProcessorName,
              customer: approval.customerName,
            }),
            state: encodeState({ l: language, c: where.channelId, a: approvalId }),
          });
          await client.views.open({ trigger_id: body.trigger_id, view: renderForm(form) });
        } catch (error) {
          const refused = refusalMessage(error, language);
          if (refused === null) ctx.logger.error({ err: error }, "approval button failed");
          const text = refused ?? t(language, "subprocessor.error.unexpected");
          await ctx.deps.chat.postPrivate(where, user.id, notice(text)).catch(() => undefined);
        }
      },
    );
  }
}
