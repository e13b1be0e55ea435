// Submitting the dialogs behind the incident buttons: validate against the stored incident, save
// (with its audit row) before answering Slack, then update the incident message in place.
import type { App } from "@slack/bolt";
import { BreachRefusal } from "../../../domain/breach/breach-error.ts";
import { closeIncident } from "../../../domain/breach/close-incident.ts";
import type { Incident } from "../../../domain/breach/incident.ts";
import { loadOpenIncident } from "../../../domain/breach/open-incident.ts";
import {
  recordAuthorityDecision,
  validateAuthorityDecision,
} from "../../../domain/breach/record-authority-decision.ts";
import {
  recordCustomerInformed,
  validateCustomerInformed,
} from "../../../domain/breach/record-customer-informed.ts";
import { refreshAfterChange } from "../../../domain/breach/refresh-incident-message.ts";
import type { FieldErrors } from "../../../domain/breach/report-input.ts";
import { type MessageKey, t } from "../../../domain/i18n/translate.ts";
import type { Actor } from "../../../domain/ports.ts";
import { AUTHORITY_FORM_ID } from "../../../forms/breach/authority-form.ts";
import { CLOSE_FORM_ID } from "../../../forms/breach/close-form.ts";
import { INFORMED_FORM_ID } from "../../../forms/breach/informed-form.ts";
import type { FormValues } from "../../../forms/model.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { decodeModalState } from "../modal-state.ts";
import { errorOnFirstInput, type SlackBreachContext, slackFieldErrors, userRef } from "./context.ts";

type Outcome = { incident: Incident } | { fieldErrors: FieldErrors<string> };
/** `requestKey`: the submitted view's id, so a replayed submission changes nothing twice. */
type Change = (before: Incident, values: FormValues, actor: Actor, requestKey: string) => Promise<Outcome>;

export function registerDialogSubmissions(app: App, ctx: SlackBreachContext): void {
  const { deps } = ctx;

  onSubmit(app, ctx, INFORMED_FORM_ID, async (before, values, actor, requestKey) => {
    const checked = validateCustomerInformed(values, before, deps.clock.now());
    if (!checked.ok) return { fieldErrors: checked.errors };
    return {
      incident: await recordCustomerInformed(deps, {
        incidentId: before.id,
        ...checked.value,
        actor,
        requestKey,
      }),
    };
  });

  onSubmit(app, ctx, AUTHORITY_FORM_ID, async (before, values, actor, requestKey) => {
    const checked = validateAuthorityDecision(values, before, deps.clock.now());
    if (!checked.ok) return { fieldErrors: checked.errors };
    return {
      incident: await recordAuthorityDecision(deps, {
        incidentId: before.id,
        ...checked.value,
        actor,
        requestKey,
      }),
    };
  });

  onSubmit(app, ctx, CLOSE_FORM_ID, async (before, values, actor, requestKey) => {
    const note = typeof values.note === "string" ? values.note : null;
    return { incident: await closeIncident(deps, { incidentId: before.id, note, actor, requestKey }) };
  });
}

function onSubmit(app: App, ctx: SlackBreachContext, callbackId: string, change: Change): void {
  app.view(callbackId, async ({ ack, body, view }) => {
    const { deps } = ctx;
    const state = decodeModalState(view.private_metadata, deps.defaultLanguage);
    const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
    const refuse = (errors: Record<string, string>) => ack({ response_action: "errors", errors });
    const onFirst = (key: MessageKey) => refuse(errorOnFirstInput(blocks, t(state.l, key)));

    let outcome: Outcome;
    const actor = await ctx.people.actor(userRef(body.user, body.team?.id));
    try {
      const before = await loadOpenIncident(deps.incidents, state.i ?? "");
      const values = readFormState(view.state.values as ViewStateValues);
      outcome = await change(before, values, actor, `slack:view:${view.id}:${callbackId}`);
    } catch (error) {
      if (!(error instanceof BreachRefusal)) {
        ctx.logger.error({ err: error, callbackId }, "saving an incident dialog failed");
        return onFirst("breach.error.unexpected");
      }
      if (Object.keys(error.fields).length === 0) {
        // Refused, not mistyped (closed or gone): answered in the dialog, seen by this person only,
        // and kept in the audit log with who tried what.
        await deps.incidents
          .recordRefusal(state.i ?? "", actor, { attempted: callbackId, reason: error.key })
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
