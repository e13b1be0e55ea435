// Loads an incident that a change is about to touch, refusing when it is gone or already closed.
import { BreachRefusal } from "./breach-error.ts";
import type { Incident } from "./incident.ts";
import type { IncidentRepository } from "./incident-repository.ts";

export async function loadIncident(incidents: IncidentRepository, id: string): Promise<Incident> {
  const incident = await incidents.get(id);
  if (!incident) throw new BreachRefusal("breach.error.notFound");
  return incident;
}

export async function loadOpenIncident(incidents: IncidentRepository, id: string): Promise<Incident> {
  const incident = await loadIncident(incidents, id);
  if (incident.status === "closed") throw new BreachRefusal("breach.error.closed");
  return incident;
}
