// The buttons of an incident card (Action.Execute): each shows its form in place of the card for
// the person who clicked; saving records the change (with its audit row), updates the card in the
// conversation for everyone by its activity id, and shows the updated card. Cancel brings the
// incident card back. The forms and their validation are the same as Slack's.

import { AccessRefusal } from "../../../domain/access/access-control.ts";
import { BreachRefusal } from "../../../domain/breach/breach-error.ts";
import type { Incident } from "../../../domain/breach/incident.ts";
import { INCIDENT_ACTIONS, type IncidentAction } from "../../../domain/breach/incident-actions.ts";
import { buildIncidentMessage } from "../../../domain/breach/incident-message.ts";
import { outcomeText } from "../../../domain/breach/notification-outcome-text.ts";
import { loadIncident } from "../../../domain/breach/open-incident.ts";
import { refreshAfterChange, renderContext } from "../../../domain/breach/refresh-incident-message.ts";
import { sendCustomerNotification } from "../../../domain/breach/send-customer-notification.ts";
import { formatDateTime } from "../../../domain/i18n/format.ts";
import { t, translator } from "../../../domain/i18n/translate.ts";
import type { Actor } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildIncidentDialog } from "../../../forms/breach/incident-dialog.ts";
import { NOTIFICATION_FORM_ID } from "../../../forms/breach/notification-form.ts";
import { COMPLETE_FORM_ID } from "../../../forms/breach/report-form.ts";
import {
  INCIDENT_DIALOG_FORM_IDS,
  type IncidentDialogFormId,
  submitIncidentDialog,
} from "../../../forms/breach/submit-incident-dialog.ts";
import { submitReport } from "../../../forms/breach/submit-report.ts";
import type { AdaptiveCard } from "../../../forms/teams/card.ts";
import { renderFormCard } from "../../../forms/teams/render-form.ts";
import { renderMessageCard } from "../../../forms/teams/render-message.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import type { FlowRegistry, FormHandler, SubmitResult, TeamsFlowContext } from "../flows.ts";
import { translateErrors } from "../form-errors.ts";
import { actorOf, type TeamsTurn } from "../turn.ts";
import { customerLabels } from "./report.ts";

const actionOfForm: Record<string, IncidentAction> = {
  [COMPLETE_FORM_ID]: "complete",
  [NOTIFICATION_FORM_ID]: "notification",
  "breach.informed": "informed",
  "breach.authority": "authority",
  "breach.close": "close",
};

export function registerIncidentButtons(registry: FlowRegistry, ctx: TeamsFlowContext): void {
  const deps = ctx.breach;
  const incidentCard = async (incident: Incident): Promise<AdaptiveCard> =>
    renderMessageCard(buildIncidentMessage(incident, await renderContext(deps, incident)));

  const dialog = (action: IncidentAction, state: DialogState, actor: Actor) =>
    buildIncidentDialog(deps, {
      action,
      incidentId: state.i ?? "",
      actor,
      language: state.l,
      wantedClockId: state.k,
      state: (incident, clockId) => encodeDialogState({ ...state, i: incident.id, k: clockId }),
    });

  for (const [action, verb] of Object.entries(INCIDENT_ACTIONS) as Array<[IncidentAction, string]>) {
    registry.verb(verb, async (turn, data) => {
      const language = await ctx.language(turn);
      const state = newDialogState(language, turn.timezone, { i: String(data.value ?? "") });
      try {
        const form = await dialog(action, state, actorOf(turn));
        return renderFormCard(form, { surface: "card", timezone: turn.timezone });
      } catch (error) {
        const refused = refusalMessage(error, language);
        if (refused !== null) return refused;
        throw error;
      }
    });
  }

  const cancel = async (_turn: TeamsTurn, state: DialogState) =>
    await incidentCard(await loadIncident(deps.incidents, state.i ?? ""));

  /** After a saved change: the card in the conversation, and the one shown to the clicker. */
  const saved = async (incident: Incident): Promise<SubmitResult> => {
    await refreshAfterChange(deps, incident);
    return { kind: "done", card: await incidentCard(incident) };
  };

  const refused = (error: unknown, state: DialogState): SubmitResult => {
    if (error instanceof AccessRefusal) return { kind: "done", message: refusalMessage(error, state.l)! };
    if (!(error instanceof BreachRefusal)) throw error;
    return Object.keys(error.fields).length > 0
      ? { kind: "errors", errors: translateErrors(error.fields, state.l) }
      : { kind: "done", message: t(state.l, error.key) };
  };

  for (const formId of INCIDENT_DIALOG_FORM_IDS) {
    const handler: FormHandler = {
      rebuild: async (turn, state) => ({ form: await dialog(actionOfForm[formId]!, state, actorOf(turn)) }),
      submit: async (turn, { values, state }) => {
        try {
          const outcome = await submitIncidentDialog(deps, {
            formId: formId as IncidentDialogFormId,
            incidentId: state.i ?? "",
            values,
            actor: actorOf(turn),
            requestKey: `teams:activity:${turn.activity.id}:${formId}`,
          });
          if ("fieldErrors" in outcome)
            return { kind: "errors", errors: translateErrors(outcome.fieldErrors, state.l) };
          return saved(outcome.incident);
        } catch (error) {
          return refused(error, state);
        }
      },
      cancel,
    };
    registry.form(formId, handler);
  }

  registry.form(COMPLETE_FORM_ID, {
    rebuild: async (turn, state) => ({ form: await dialog("complete", state, actorOf(turn)) }),
    submit: async (turn, { values, state }) => {
      const outcome = await submitReport(deps, {
        mode: "complete",
        values,
        incidentId: state.i,
        idempotencyKey: `teams:dialog:${state.s}`,
        actor: actorOf(turn),
        platform: "teams",
      });
      if (outcome.ok) return saved(outcome.incident);
      if ("refusal" in outcome)
        return { kind: "done", message: refusalMessage(outcome.refusal, state.l) ?? "" };
      return {
        kind: "errors",
        errors: translateErrors(outcome.fieldErrors, state.l),
        labels: await customerLabels(ctx, values.customers),
      };
    },
    cancel,
  });

  // The notification text, to read and copy; with SMTP_URL its submit sends it by e-mail. The
  // form's key makes a double click or a retried invoke a repeat that mails nothing again.
  registry.form(NOTIFICATION_FORM_ID, {
    rebuild: async (turn, state) => ({ form: await dialog("notification", state, actorOf(turn)) }),
    submit: async (turn, { state }) => {
      try {
        const sent = await sendCustomerNotification(deps, {
          incidentId: state.i ?? "",
          clockId: state.k ?? "",
          actor: actorOf(turn),
          requestKey: `teams:dialog:${state.s}`,
        });
        if (!sent)
          return {
            kind: "done",
            card: await incidentCard(await loadIncident(deps.incidents, state.i ?? "")),
          };
        if (sent.outcome === "sent") return saved(sent.incident);
        // Pending or refused: the card shows it too; the dialog says what happens next.
        await refreshAfterChange(deps, sent.incident);
        const formatTime = (at: Date) => formatDateTime(at, deps.timezone, state.l);
        return { kind: "done", message: outcomeText(sent, translator(state.l), formatTime) };
      } catch (error) {
        return refused(error, state);
      }
    },
    cancel,
  });
}
