// The Approve (outside the EEA: art. 3.7 DPA confirmation) and Reject (reason) dialogs: a missing
// confirmation or reason, or a reason with control characters, is a field error and decides nothing; otherwise the decision is taken
// after Slack has its answer, and the decider is told the outcome privately.

import type { App } from "@slack/bolt";
import { t } from "../../../domain/i18n/translate.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { decideApproval } from "../../../domain/subprocessor/decide-approval.ts";
import { freeTextError } from "../../../domain/text/free-text.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { APPROVE_FORM_ID, REJECT_FORM_ID } from "../../../forms/subprocessor/decision-form.ts";
import { slackFieldErrors, userRef } from "../breach/context.ts";
import { decodeState, notice, type SlackSubprocessorContext } from "./context.ts";
import { replyToDecision } from "./decision-reply.ts";

export function registerDecisionSubmissions(app: App, ctx: SlackSubprocessorContext): void {
  for (const callbackId of [APPROVE_FORM_ID, REJECT_FORM_ID]) {
    app.view(callbackId, async ({ ack, body, view }) => {
      const state = decodeState(view.private_metadata, ctx.deps.defaultLanguage);
      const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
      const values = readFormState(view.state.values as ViewStateValues);
      const approving = callbackId === APPROVE_FORM_ID;
      const confirmed = Array.isArray(values.confirm) && values.confirm.includes("non-eea");
      const reason = typeof values.reason === "string" ? values.reason.trim() : "";
      if (approving && !confirmed) {
        await ack({
          response_action: "errors",
          errors: slackFieldErrors(blocks, { confirm: "subprocessor.error.confirmNonEea" }, state.l),
        });
        return;
      }
      const reasonError = approving
        ? null
        : reason === ""
          ? "subprocessor.error.reasonRequired"
          : freeTextError(reason, "lines");
      if (reasonError) {
        // Before ack: the modal closes with the ack, and the decision itself would refuse it later.
        await ack({
          response_action: "errors",
          errors: slackFieldErrors(blocks, { reason: reasonError }, state.l),
        });
        return;
      }
      await ack();
      const user = userRef(body.user, body.team?.id);
      const where = { platform: "slack" as const, channelId: state.c ?? user.id };
      try {
        const actor = await ctx.people.actor(user);
        const result = await decideApproval(ctx.deps, {
          approvalId: state.a ?? "",
          state: approving ? "approved" : "rejected",
          actor,
          via: "slack",
          reason: approving ? null : reason,
          nonEeaConfirmed: approving && confirmed,
        });
        await replyToDecision(ctx, where, user.id, result);
      } catch (error) {
        const refused = refusalMessage(error, state.l);
        if (refused === null) ctx.logger.error({ err: error }, "recording a decision failed");
        const text = refused ?? t(state.l, "subprocessor.error.unexpected");
        await ctx.deps.chat.postPrivate(where, user.id, notice(text)).catch(() => undefined);
      }
    });
  }
}
