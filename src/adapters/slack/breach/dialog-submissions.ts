// Submitting the dialogs behind the incident buttons: the shared validation and recording
// (forms/breach/submit-incident-dialog.ts) before answering Slack, then the incident message is
// updated in place.
import type { App } from "@slack/bolt";
import { AccessRefusal } from "../../../domain/access/access-control.ts";
import { BreachRefusal } from "../../../domain/breach/breach-error.ts";
import { refreshAfterChange } from "../../../domain/breach/refresh-incident-message.ts";
import { type MessageKey, t } from "../../../domain/i18n/translate.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import {
  INCIDENT_DIALOG_FORM_IDS,
  type IncidentDialogFormId,
  type IncidentDialogOutcome,
  submitIncidentDialog,
} from "../../../forms/breach/submit-incident-dialog.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { decodeModalState } from "../modal-state.ts";
import { errorOnFirstInput, type SlackBreachContext, slackFieldErrors, userRef } from "./context.ts";

export function registerDialogSubmissions(app: App, ctx: SlackBreachContext): void {
  for (const formId of INCIDENT_DIALOG_FORM_IDS) onSubmit(app, ctx, formId);
}

function onSubmit(app: App, ctx: SlackBreachContext, formId: IncidentDialogFormId): void {
  app.view(formId, async ({ ack, body, view }) => {
    const { deps } = ctx;
    const state = decodeModalState(view.private_metadata, deps.defaultLanguage);
    const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
    const refuse = (errors: Record<string, string>) => ack({ response_action: "errors", errors });
    const onFirst = (key: MessageKey) => refuse(errorOnFirstInput(blocks, t(state.l, key)));

    let outcome: IncidentDialogOutcome;
    const actor = await ctx.people.actor(userRef(body.user, body.team?.id));
    try {
      outcome = await submitIncidentDialog(deps, {
        formId,
        incidentId: state.i ?? "",
        values: readFormState(view.state.values as ViewStateValues),
        actor,
        requestKey: `slack:view:${view.id}:${formId}`,
      });
    } catch (error) {
      // Refused by the permission model: audited by it, answered in the dialog to this person only.
      if (error instanceof AccessRefusal)
        return refuse(errorOnFirstInput(blocks, refusalMessage(error, state.l)!));
      if (!(error instanceof BreachRefusal)) {
        ctx.logger.error({ err: error, callbackId: formId }, "saving an incident dialog failed");
        return onFirst("breach.error.unexpected");
      }
      if (Object.keys(error.fields).length === 0) {
        // Refused, not mistyped (closed or gone): answered in the dialog, seen by this person only,
        // and kept in the audit log with who tried what.
        await deps.incidents
          .recordRefusal(state.i ?? "", actor, { attempted: formId, reason: error.key })
          .catch((auditError: unknown) => ctx.logger.error({ err: auditError }, "auditing a refusal failed"));
        return onFirst(error.key);
      }
      outcome = { fieldErrors: error.fields };
    }
    if ("fieldErrors" in outcome) return refuse(slackFieldErrors(blocks, outcome.fieldErrors, state.l));
    await ack();
    await refreshAfterChange(deps, outcome.incident);
  });
}
