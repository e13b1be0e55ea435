// /avg-verzoek [text] and the message shortcut "Register as data-subject request": both open the
// request form at once (loading view first, no I/O before it: the trigger lives 3 s), the shortcut
// with the message's text prefilled, as requests often arrive as a pasted or forwarded e-mail.

import type { App, MessageShortcut } from "@slack/bolt";
import { authorize } from "../../../domain/access/access-control.ts";
import { buildRequestForm, buildRequestLoadingForm } from "../../../forms/dsr/request-form.ts";
import { openThenFill } from "../breach/context.ts";
import { encodeModalState } from "../modal-state.ts";
import type { SlackUserRef } from "../people.ts";
import { dsrFormOrNotice, type SlackDsrContext } from "./context.ts";

export const REQUEST_COMMAND = "/avg-verzoek";
export const REQUEST_SHORTCUT = "dsr.register_message";

export function registerRequestCommand(app: App, ctx: SlackDsrContext): void {
  app.command(REQUEST_COMMAND, async ({ ack, command, client, context }) => {
    await ack();
    if (context.retryNum) return; // the first delivery used the trigger
    const user = { id: command.user_id, teamId: command.team_id, name: command.user_name };
    await openRequestForm(ctx, client, command.trigger_id, user, {
      channelId: command.channel_id,
      channelName: command.channel_name,
      text: command.text,
    });
  });

  app.shortcut<MessageShortcut>(REQUEST_SHORTCUT, async ({ ack, shortcut, client, context }) => {
    await ack();
    if (context.retryNum) return;
    const user = {
      id: shortcut.user.id,
      teamId: shortcut.team?.id ?? "",
      name: shortcut.user.username ?? shortcut.user.name,
    };
    await openRequestForm(ctx, client, shortcut.trigger_id, user, {
      channelId: shortcut.channel.id,
      channelName: shortcut.channel.name,
      text: shortcut.message.text ?? "",
    });
  });
}

async function openRequestForm(
  ctx: SlackDsrContext,
  client: Parameters<typeof openThenFill>[0],
  triggerId: string,
  user: SlackUserRef,
  origin: { channelId: string; channelName?: string; text: string },
): Promise<void> {
  const known = ctx.people.knownLanguage(user);
  await openThenFill(
    client,
    triggerId,
    buildRequestLoadingForm(known),
    () =>
      dsrFormOrNotice(ctx, known, async () => {
        const language = await ctx.people.language(user);
        await authorize(ctx.deps.access, await ctx.people.actor(user), "request.register");
        return buildRequestForm({
          language,
          state: encodeModalState({ l: language, c: origin.channelId, n: origin.channelName }),
          receivedAt: ctx.deps.clock.now(),
          requestText: origin.text,
        });
      }),
    ctx,
  );
}
