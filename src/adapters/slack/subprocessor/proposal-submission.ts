// Submitting the proposal form: field errors go back onto the form (nothing stored); a valid
// proposal is stored before Slack gets its answer, keyed by the view id, so a retried or double
// submission finds it instead of a second one. The proposal message (with its tally) is then
// posted where /subverwerker ran, or in the proposer's direct message.

import type { App } from "@slack/bolt";
import { AccessRefusal } from "../../../domain/access/access-control.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { ChatTarget } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { validateProposal } from "../../../domain/subprocessor/proposal-input.ts";
import { buildProposalMessage } from "../../../domain/subprocessor/proposal-message.ts";
import { proposeChange } from "../../../domain/subprocessor/propose-change.ts";
import { SubprocessorRefusal } from "../../../domain/subprocessor/subprocessor-error.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { PROPOSAL_FORM_ID } from "../../../forms/subprocessor/proposal-form.ts";
import { errorOnFirstInput, slackFieldErrors, userRef } from "../breach/context.ts";
import { decodeState, type SlackSubprocessorContext } from "./context.ts";

export function registerProposalSubmission(app: App, ctx: SlackSubprocessorContext): void {
  app.view(PROPOSAL_FORM_ID, async ({ ack, body, view }) => {
    const state = decodeState(view.private_metadata, ctx.deps.defaultLanguage);
    const language = state.l;
    const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
    const validated = validateProposal(
      readFormState(view.state.values as ViewStateValues),
      ctx.deps.clock.now(),
      ctx.deps.timezone,
    );
    if (!validated.ok) {
      await ack({ response_action: "errors", errors: slackFieldErrors(blocks, validated.errors, language) });
      return;
    }
    const user = userRef(body.user, body.team?.id);
    let result: Awaited<ReturnType<typeof proposeChange>>;
    try {
      const actor = await ctx.people.actor(user);
      result = await proposeChange(ctx.deps, {
        input: validated.value,
        idempotencyKey: `slack:view:${view.id}`,
        actor,
        language,
        platform: "slack",
      });
    } catch (error) {
      if (error instanceof AccessRefusal) {
        await ack({
          response_action: "errors",
          errors: errorOnFirstInput(blocks, refusalMessage(error, language)!),
        });
        return;
      }
      if (error instanceof SubprocessorRefusal) {
        const errors =
          Object.keys(error.fields).length > 0
            ? slackFieldErrors(blocks, error.fields, language)
            : errorOnFirstInput(blocks, t(language, error.key, error.params));
        await ack({ response_action: "errors", errors });
        return;
      }
      ctx.logger.error({ err: error }, "storing a sub-processor proposal failed");
      await ack({
        response_action: "errors",
        errors: errorOnFirstInput(blocks, t(language, "subprocessor.error.unexpected")),
      });
      return;
    }
    await ack();
    if (!result.created) return; // the first delivery of this submission posts the message
    const { proposal } = result;
    const tally = await ctx.deps.proposals.tally(proposal.id);
    const message = buildProposalMessage(proposal, tally, { timezone: ctx.deps.timezone });
    for (const target of proposalTargets(state.c, user.id)) {
      try {
        const posted = await ctx.deps.chat.post(target, message);
        await ctx.deps.proposals.attachMessage(proposal.id, posted);
        return;
      } catch (error) {
        ctx.logger.warn({ err: error, channel: target.channelId }, "proposal message not posted there");
      }
    }
  });
}

/** The channel where the command ran unless a direct message, then the proposer's DM with the app. */
function proposalTargets(channelId: string | undefined, userId: string): ChatTarget[] {
  const targets: ChatTarget[] = [];
  if (channelId && !/^D/.test(channelId)) targets.push({ platform: "slack", channelId });
  targets.push({ platform: "slack", channelId: userId });
  return targets;
}
