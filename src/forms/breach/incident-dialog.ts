// The dialog behind each incident button, built from the stored incident: one definition for every
// platform (Slack opens it as a modal, Teams in place of the incident card). `state` is the
// platform's own encoding of what the dialog must remember (language, incident, clock).

import { authorize, may } from "../../domain/access/access-control.ts";
import type { Capability } from "../../domain/access/capabilities.ts";
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import type { Incident } from "../../domain/breach/incident.ts";
import type { IncidentAction } from "../../domain/breach/incident-actions.ts";
import { incidentObject, loadIncident, loadOpenIncident } from "../../domain/breach/open-incident.ts";
import type { Actor, Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";
import { buildAuthorityForm } from "./authority-form.ts";
import { buildCloseForm } from "./close-form.ts";
import { defaultClockId } from "./customer-choice.ts";
import { buildInformedForm } from "./informed-form.ts";
import { buildNotificationForm } from "./notification-form.ts";
import { buildReportForm } from "./report-form.ts";

/** What each dialog needs: the permission is asked before it opens, not after it is filled in. */
const CAPABILITY_OF: Record<IncidentAction, Capability> = {
  complete: "incident.complete",
  informed: "incident.handle",
  authority: "incident.handle",
  close: "incident.handle",
  // Reading the text (to read it out on the phone) is handling; sending it is customer.notify.
  notification: "incident.handle",
};

export async function buildIncidentDialog(
  deps: Pick<BreachDeps, "incidents" | "clock" | "timezone" | "mailer" | "access">,
  request: {
    action: IncidentAction;
    incidentId: string;
    actor: Actor;
    language: Language;
    wantedClockId?: string;
    state: (incident: Incident, clockId: string) => string;
  },
): Promise<Form> {
  const { action, language } = request;
  // The notification text stays readable after closing; every other dialog changes the incident.
  const incident =
    action === "notification"
      ? await loadIncident(deps.incidents, request.incidentId)
      : await loadOpenIncident(deps.incidents, request.incidentId);
  await authorize(deps.access, request.actor, CAPABILITY_OF[action], incidentObject(incident));
  const clockId = defaultClockId(incident, request.wantedClockId);
  const state = request.state(incident, clockId);
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
        canSend:
          deps.mailer !== null &&
          (await may(deps.access, request.actor, "customer.notify", incidentObject(incident))),
        state,
      });
  }
}
