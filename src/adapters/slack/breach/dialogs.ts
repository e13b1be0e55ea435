// The dialog behind each incident button as a Slack modal: the shared definition, with the modal's
// private_metadata. Shared by the buttons and by the customer drop-down that reloads a dialog.
import type { IncidentAction } from "../../../domain/breach/incident-actions.ts";
import type { Actor, Language } from "../../../domain/ports.ts";
import { buildIncidentDialog } from "../../../forms/breach/incident-dialog.ts";
import type { Form } from "../../../forms/model.ts";
import { encodeModalState } from "../modal-state.ts";
import type { SlackBreachContext } from "./context.ts";

export function buildDialog(
  ctx: SlackBreachContext,
  action: IncidentAction,
  incidentId: string,
  actor: Actor,
  language: Language,
  wantedClockId?: string,
): Promise<Form> {
  return buildIncidentDialog(ctx.deps, {
    action,
    incidentId,
    actor,
    language,
    wantedClockId,
    state: (incident, clockId) => encodeModalState({ l: language, i: incident.id, k: clockId }),
  });
}
