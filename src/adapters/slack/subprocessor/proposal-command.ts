// /subverwerker: opens the proposal form at once (loading view first, no I/O before it), then fills
// it in the proposer's language.

import type { App } from "@slack/bolt";
import { DateTime } from "luxon";
import { authorize } from "../../../domain/access/access-control.ts";
import { t } from "../../../domain/i18n/translate.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildNoticeForm } from "../../../forms/breach/notice-form.ts";
import { buildProposalForm, buildProposalLoadingForm } from "../../../forms/subprocessor/proposal-form.ts";
import { openThenFill } from "../breach/context.ts";
import { encodeState, type SlackSubprocessorContext } from "./context.ts";

export const PROPOSAL_COMMAND = "/subverwerker";

export function registerProposalCommand(app: App, ctx: SlackSubprocessorContext): void {
  app.command(PROPOSAL_COMMAND, async ({ ack, command, client, context }) => {
    await ack();
    if (context.retryNum) return; // the first delivery used the trigger
    const user = { id: command.user_id, teamId: command.team_id, name: command.user_name };
    const loading = buildProposalLoadingForm(ctx.people.knownLanguage(user));
    await openThenFill(
      client,
      command.trigger_id,
      loading,
      async () => {
        const language = await ctx.people.language(user);
        // Art. 9.1 DPA: what goes to every customer's approvers is the privacy officer's to send.
        const actor = await ctx.people.actor(user);
        try {
          await authorize(ctx.deps.access, actor, "subprocessor.propose");
        } catch (error) {
          const refused = refusalMessage(error, language);
          if (refused === null) throw error;
          return buildNoticeForm({
            title: t(language, "subprocessor.form.title"),
            close: t(language, "common.close"),
            text: [refused],
          });
        }
        return buildProposalForm({
          language,
          state: encodeState({ l: language, c: command.channel_id, n: command.channel_name }),
          today: today(ctx),
        });
      },
      ctx,
    );
  });
}

export function today(ctx: SlackSubprocessorContext): string {
  return DateTime.fromJSDate(ctx.deps.clock.now(), { zone: ctx.deps.timezone }).toISODate()!;
}
