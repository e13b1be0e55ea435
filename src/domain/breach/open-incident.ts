// Loads an incident that a change is about to touch, refusing when it is gone or already closed, or
// when the person may not make that change (the permission model, src/domain/access).
import { type AccessControl, authorize } from "../access/access-control.ts";
import type { Capability } from "../access/capabilities.ts";
import type { AccessObject } from "../access/decide-access.ts";
import type { Actor } from "../ports.ts";
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

export function incidentObject(incident: Pick<Incident, "id" | "reporter">): AccessObject {
  return { type: "Incident", id: incident.id, owner: incident.reporter };
}

/** The open incident, once `actor` is allowed `capability` on it (else AccessRefusal, audited). */
export async function loadOpenIncidentFor(
  deps: { incidents: IncidentRepository; access: AccessControl },
  id: string,
  actor: Actor,
  capability: Capability,
): Promise<Incident> {
  const incident = await loadOpenIncident(deps.incidents, id);
  await authorize(deps.access, actor, capability, incidentObject(incident));
  return incident;
}
