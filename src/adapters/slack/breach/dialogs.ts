// The dialog behind each incident button, built from the stored incident. Shared by the buttons and
// by the customer drop-down that reloads a dialog for another customer.
import type { IncidentAction } from "../../../domain/breach/incident-actions.ts";
import { loadIncident, loadOpenIncident } from "../../../domain/breach/open-incident.ts";
import type { Language } from "../../../domain/ports.ts";
import { buildAuthorityForm } from "../../../forms/breach/authority-form.ts";
import { buildCloseForm } from "../../../forms/breach/close-form.ts";
import { defaultClockId } from "../../../forms/breach/customer-choice.ts";
import { buildInformedForm } from "../../../forms/breach/informed-form.ts";
import { buildNotificationForm } from "../../../forms/breach/notification-form.ts";
import { buildReportForm } from "../../../forms/breach/report-form.ts";
import type { Form } from "../../../forms/model.ts";
import { encodeModalState } from "../modal-state.ts";
import type { SlackBreachContext } from "./context.ts";

export async function buildDialog(
  ctx: SlackBreachContext,
  action: IncidentAction,
  incidentId: string,
  language: Language,
  wantedClockId?: string,
): Promise<Form> {
  const { deps } = ctx;
  // The notification text stays readable after closing; every other dialog changes the incident.
  const incident =
    action === "notification"
      ? await loadIncident(deps.incidents, incidentId)
      : await loadOpenIncident(deps.incidents, incidentId);
  const clockId = defaultClockId(incident, wantedClockId);
  const state = encodeModalState({ l: language, i: incident.id, k: clockId });
  const now = deps.clock.now();
  switch (action) {
    case "complete":
      return buildReportForm({
        language,
        mode: "complete",
        state,
        customers: incident.customers.map((c) => ({
          value: c.customer.id,
          label: `${c.customer.name} (${c.customer.key})`,
        })),
        discoveredAt: incident.discoveredAt,
        details: incident,
      });
    case "informed":
      return buildInformedForm({ incident, clockId, language, timezone: deps.timezone, now, state });
    case "authority":
      return buildAuthorityForm({ incident, clockId, language, now, state });
    case "close":
      return buildCloseForm({ incident, language, state });
    case "notification":
      return buildNotificationForm({
        incident,
        clockId,
        language,
        timezone: deps.timezone,
        canSend: deps.mailer !== null,
        state,
      });
  }
}
