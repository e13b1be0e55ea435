// Submitting the dialogs behind the request buttons: validate against the stored request, save
// (with its audit row) before answering Slack, then update the request message in place.
import type { App } from "@slack/bolt";
import { closeRequest } from "../../../domain/dsr/close-request.ts";
import type { FieldErrors } from "../../../domain/dsr/dsr-error.ts";
import { RequestRefusal } from "../../../domain/dsr/dsr-error.ts";
import { extendDeadline } from "../../../domain/dsr/extend-deadline.ts";
import { loadOpenRequest } from "../../../domain/dsr/open-request.ts";
import { refreshRequestMessage } from "../../../domain/dsr/publish-request.ts";
import { recordManualForward, validateManualForward } from "../../../domain/dsr/record-forward.ts";
import { recordTimeSpent } from "../../../domain/dsr/record-time-spent.ts";
import type { DataSubjectRequest } from "../../../domain/dsr/request.ts";
import type { Actor } from "../../../domain/ports.ts";
import {
  CLOSE_REQUEST_FORM_ID,
  EXTEND_FORM_ID,
  FORWARD_FORM_ID,
  TIME_FORM_ID,
} from "../../../forms/dsr/action-forms.ts";
import type { FormValues } from "../../../forms/model.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { errorOnFirstInput, slackFieldErrors, userRef } from "../breach/context.ts";
import { decodeModalState } from "../modal-state.ts";
import { refusalText, type SlackDsrContext } from "./context.ts";

type Outcome = { request: DataSubjectRequest } | { fieldErrors: FieldErrors<string> };
type Change = (requestId: string, values: FormValues, actor: Actor) => Promise<Outcome>;

export function registerRequestDialogSubmissions(app: App, ctx: SlackDsrContext): void {
  const { deps } = ctx;
  onSubmit(app, ctx, FORWARD_FORM_ID, async (requestId, values, actor) => {
    const before = await loadOpenRequest(deps.requests, requestId);
    const checked = validateManualForward(values, before, deps.clock.now());
    if (!checked.ok) return { fieldErrors: checked.errors };
    return { request: await recordManualForward(deps, { requestId, forward: checked.value, actor }) };
  });
  onSubmit(app, ctx, TIME_FORM_ID, async (requestId, values, actor) => ({
    request: await recordTimeSpent(deps, { requestId, minutes: values.minutes, actor }),
  }));
  onSubmit(app, ctx, EXTEND_FORM_ID, async (requestId, values, actor) => ({
    request: await extendDeadline(deps, { requestId, reason: values.reason, actor }),
  }));
  onSubmit(app, ctx, CLOSE_REQUEST_FORM_ID, async (requestId, values, actor) => ({
    request: await closeRequest(deps, { requestId, note: values.note, actor }),
  }));
}

function onSubmit(app: App, ctx: SlackDsrContext, callbackId: string, change: Change): void {
  app.view(callbackId, async ({ ack, body, view }) => {
    const { deps } = ctx;
    const state = decodeModalState(view.private_metadata, deps.defaultLanguage);
    const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
    let outcome: Outcome;
    try {
      const actor = await ctx.people.actor(userRef(body.user, body.team?.id));
      outcome = await change(state.i ?? "", readFormState(view.state.values as ViewStateValues), actor);
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
