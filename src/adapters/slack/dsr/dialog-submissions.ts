// Submitting the dialogs behind the request buttons: the shared validation and recording
// (forms/dsr/submit-request-dialog.ts) before answering Slack, then the request message is updated.
import type { App } from "@slack/bolt";
import { RequestRefusal } from "../../../domain/dsr/dsr-error.ts";
import { refreshRequestMessage } from "../../../domain/dsr/publish-request.ts";
import {
  REQUEST_DIALOG_FORMS,
  type RequestDialogOutcome,
  submitRequestDialog,
} from "../../../forms/dsr/submit-request-dialog.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { errorOnFirstInput, slackFieldErrors, userRef } from "../breach/context.ts";
import { decodeModalState } from "../modal-state.ts";
import { refusalText, type SlackDsrContext } from "./context.ts";

export function registerRequestDialogSubmissions(app: App, ctx: SlackDsrContext): void {
  for (const formId of Object.keys(REQUEST_DIALOG_FORMS)) onSubmit(app, ctx, formId);
}

function onSubmit(app: App, ctx: SlackDsrContext, callbackId: string): void {
  app.view(callbackId, async ({ ack, body, view }) => {
    const { deps } = ctx;
    const state = decodeModalState(view.private_metadata, deps.defaultLanguage);
    const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
    let outcome: RequestDialogOutcome;
    try {
      const actor = await ctx.people.actor(userRef(body.user, body.team?.id));
      outcome = await submitRequestDialog(deps, {
        formId: callbackId,
        requestId: state.i ?? "",
        values: readFormState(view.state.values as ViewStateValues),
        actor,
        // Slack's retry and a double click carry the same view: handled once.
        requestKey: `slack:view:${view.id}:${callbackId}`,
      });
    } catch (error) {
      if (error instanceof RequestRefusal && Object.keys(error.fields).length > 0)
        outcome = { fieldErrors: error.fields };
      else {
        const text = refusalText(ctx, state.l, error, `saving a request dialog failed (${callbackId})`);
        await ack({ response_action: "errors", errors: errorOnFirstInput(blocks, text) });
        return;
      }
    }
    if ("fieldErrors" in outcome) {
      await ack({
        response_action: "errors",
        errors: slackFieldErrors(blocks, outcome.fieldErrors, state.l),
      });
      return;
    }
    await ack();
    await refreshRequestMessage(deps, outcome.request);
  });
}
