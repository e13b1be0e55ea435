// The buttons on a request message. "Show details" answers privately (ephemeral) and only to the
// registrant and privacy officers; "Customer acknowledged" records at once (after Slack's confirm);
// the others open their dialog (loading view first, within the trigger's 3 s).
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { refreshRequestMessage } from "../../../domain/dsr/publish-request.ts";
import { recordAcknowledgement } from "../../../domain/dsr/record-acknowledgement.ts";
import { REQUEST_ACTIONS } from "../../../domain/dsr/request-actions.ts";
import { showRequestDetails } from "../../../domain/dsr/show-details.ts";
import type { Actor, ChatTarget, Language } from "../../../domain/ports.ts";
import { buildRequestDialog } from "../../../forms/dsr/request-dialog.ts";
import { buildRequestLoadingForm } from "../../../forms/dsr/request-form.ts";
import type { Form } from "../../../forms/model.ts";
import { openThenFill, userRef } from "../breach/context.ts";
import { encodeModalState } from "../modal-state.ts";
import { dsrFormOrNotice, refusalText, type SlackDsrContext } from "./context.ts";

type DialogAction = "forwarded" | "time" | "extend" | "close";

export function registerRequestButtons(app: App, ctx: SlackDsrContext): void {
  const { deps } = ctx;

  app.action<BlockAction<ButtonAction>>(REQUEST_ACTIONS.details, async ({ ack, body, action }) => {
    await ack();
    const user = userRef(body.user, body.team?.id);
    const where = channelOf(body, user.id);
    const language = await ctx.people.language(user);
    try {
      const actor = await ctx.people.actor(user);
      const message = await showRequestDetails(deps, { requestId: action.value ?? "", actor, language });
      await deps.chat.postPrivate(where, user.id, message);
    } catch (error) {
      await whisper(ctx, where, user.id, refusalText(ctx, language, error, "showing request details failed"));
    }
  });

  app.action<BlockAction<ButtonAction>>(REQUEST_ACTIONS.acknowledged, async ({ ack, body, action }) => {
    await ack();
    const user = userRef(body.user, body.team?.id);
    try {
      const actor = await ctx.people.actor(user);
      const request = await recordAcknowledgement(deps, { requestId: action.value ?? "", actor });
      await refreshRequestMessage(deps, request);
    } catch (error) {
      const language = await ctx.people.language(user);
      await whisper(
        ctx,
        channelOf(body, user.id),
        user.id,
        refusalText(ctx, language, error, "recording an acknowledgement failed"),
      );
    }
  });

  const dialogs: Record<DialogAction, string> = {
    forwarded: REQUEST_ACTIONS.forwarded,
    time: REQUEST_ACTIONS.time,
    extend: REQUEST_ACTIONS.extend,
    close: REQUEST_ACTIONS.close,
  };
  for (const [dialog, actionId] of Object.entries(dialogs) as Array<[DialogAction, string]>) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      const user = userRef(body.user, body.team?.id);
      await openThenFill(
        client,
        body.trigger_id,
        buildRequestLoadingForm(ctx.people.knownLanguage(user)),
        async () => {
          const language = await ctx.people.language(user);
          return dsrFormOrNotice(ctx, language, async () =>
            buildDialog(ctx, dialog, action.value ?? "", await ctx.people.actor(user), language),
          );
        },
        ctx,
      );
    });
  }
}

function buildDialog(
  ctx: SlackDsrContext,
  dialog: DialogAction,
  requestId: string,
  actor: Actor,
  language: Language,
): Promise<Form> {
  return buildRequestDialog(ctx.deps, {
    dialog,
    requestId,
    actor,
    language,
    state: (request) => encodeModalState({ l: language, i: request.id }),
  });
}

function channelOf(body: BlockAction, userId: string): ChatTarget {
  return { platform: "slack", channelId: body.channel?.id ?? body.container?.channel_id ?? userId };
}

async function whisper(ctx: SlackDsrContext, where: ChatTarget, userId: string, text: string): Promise<void> {
  try {
    await ctx.deps.chat.postPrivate(where, userId, {
      summary: text,
      blocks: [{ type: "section", text: [text] }],
    });
  } catch (error) {
    ctx.logger.warn({ err: error }, "could not answer privately");
  }
}
