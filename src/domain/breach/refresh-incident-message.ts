// Re-renders an incident's message and updates it in place (chat.update), so the channel always
// shows the current state. Called after every change and by the reminder engine.

import type { BreachDeps, RefreshDeps } from "./breach-deps.ts";
import type { Incident } from "./incident.ts";
import { buildIncidentMessage, type RenderContext } from "./incident-message.ts";

export type RefreshOutcome = "updated" | "not-posted" | "not-found";

/** Throws the chat adapter's ChatDeliveryError when the platform refuses (e.g. rate limited). */
export async function refreshIncidentMessage(
  deps: RefreshDeps,
  incidentOrId: Incident | string,
): Promise<RefreshOutcome> {
  const incident = typeof incidentOrId === "string" ? await deps.incidents.get(incidentOrId) : incidentOrId;
  if (!incident) return "not-found";
  if (!incident.message) return "not-posted";
  await deps.chat.update(
    incident.message,
    buildIncidentMessage(incident, await renderContext(deps, incident)),
  );
  return "updated";
}

export async function renderContext(
  deps: Pick<RefreshDeps, "clock" | "timezone" | "defaultLanguage" | "access">,
  incident: Incident,
): Promise<RenderContext> {
  return {
    now: deps.clock.now(),
    timezone: deps.timezone,
    language: incident.channelLanguage ?? deps.defaultLanguage,
    nobodyCanNotify: incident.status === "open" && !(await deps.access.privacyOfficerNamed()),
  };
}

/**
 * After a saved change: update the message, reporting (not throwing) a chat failure. Use cases only
 * change state; the adapter calls this once it has answered the platform (Slack wants a reply in 3 s).
 */
export async function refreshAfterChange(
  deps: RefreshDeps & Pick<BreachDeps, "onChatError">,
  incident: Incident,
): Promise<void> {
  try {
    await refreshIncidentMessage(deps, incident);
  } catch (error) {
    await deps.onChatError(error, incident.id);
  }
}
