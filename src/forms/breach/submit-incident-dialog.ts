// Submitting a dialog behind an incident button, for every platform: validate against the stored
// incident, then record (with its audit row). Field errors come back by field id; nothing is saved
// until the form is valid. The adapter answers its platform and refreshes the incident message.
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import { closeIncident } from "../../domain/breach/close-incident.ts";
import type { Incident } from "../../domain/breach/incident.ts";
import { loadOpenIncident } from "../../domain/breach/open-incident.ts";
import {
  recordAuthorityDecision,
  validateAuthorityDecision,
} from "../../domain/breach/record-authority-decision.ts";
import {
  recordCustomerInformed,
  validateCustomerInformed,
} from "../../domain/breach/record-customer-informed.ts";
import type { FieldErrors } from "../../domain/breach/report-input.ts";
import type { Actor } from "../../domain/ports.ts";
import type { FormValues } from "../model.ts";
import { AUTHORITY_FORM_ID } from "./authority-form.ts";
import { CLOSE_FORM_ID } from "./close-form.ts";
import { INFORMED_FORM_ID } from "./informed-form.ts";

export type IncidentDialogOutcome = { incident: Incident } | { fieldErrors: FieldErrors<string> };

/** `requestKey`: identifies the submission (e.g. a view id), so a replayed one changes nothing twice. */
type Change = (
  before: Incident,
  values: FormValues,
  actor: Actor,
  requestKey: string | undefined,
) => Promise<IncidentDialogOutcome>;

export const INCIDENT_DIALOG_FORM_IDS = [INFORMED_FORM_ID, AUTHORITY_FORM_ID, CLOSE_FORM_ID] as const;
export type IncidentDialogFormId = (typeof INCIDENT_DIALOG_FORM_IDS)[number];

export function isIncidentDialogForm(formId: string): formId is IncidentDialogFormId {
  return (INCIDENT_DIALOG_FORM_IDS as readonly string[]).includes(formId);
}

/** Throws BreachRefusal when the incident forbids the change (closed, gone). */
export async function submitIncidentDialog(
  deps: BreachDeps,
  request: {
    formId: IncidentDialogFormId;
    incidentId: string;
    values: FormValues;
    actor: Actor;
    requestKey?: string;
  },
): Promise<IncidentDialogOutcome> {
  const before = await loadOpenIncident(deps.incidents, request.incidentId);
  return changes(deps)[request.formId](before, request.values, request.actor, request.requestKey);
}

function changes(deps: BreachDeps): Record<IncidentDialogFormId, Change> {
  return {
    [INFORMED_FORM_ID]: async (before, values, actor, requestKey) => {
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
    },
    [AUTHORITY_FORM_ID]: async (before, values, actor, requestKey) => {
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
    },
    [CLOSE_FORM_ID]: async (before, values, actor, requestKey) => {
      const note = typeof values.note === "string" ? values.note : null;
      return { incident: await closeIncident(deps, { incidentId: before.id, note, actor, requestKey }) };
    },
  };
}
