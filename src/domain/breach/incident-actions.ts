// Identifiers of the buttons on an incident message. Each platform adapter routes them to its
// handler; the value of every button is the incident id.
export const INCIDENT_ACTIONS = {
  complete: "breach.complete",
  informed: "breach.informed",
  notification: "breach.notification",
  authority: "breach.authority",
  close: "breach.close",
} as const;

export type IncidentAction = keyof typeof INCIDENT_ACTIONS;
