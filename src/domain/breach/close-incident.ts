// Closes an incident. It stays in the register (Bijlage 3). Closing while a customer has not been
// informed needs a reason (e.g. "no personal data involved after investigation").
import type { Actor } from "../ports.ts";
import { freeTextError, trimmedText } from "../text/free-text.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import type { Incident } from "./incident.ts";
import { loadOpenIncidentFor } from "./open-incident.ts";

export type CloseField = "note";

export async function closeIncident(
  deps: BreachDeps,
  command: {
    incidentId: string;
    note: string | null;
    actor: Actor;
    /** The request's own id: two deliveries of one request close (and audit) once. */
    requestKey?: string;
  },
): Promise<Incident> {
  const note = trimmedText(command.note);
  const noteError = freeTextError(note, "lines");
  if (noteError) throw new BreachRefusal<CloseField>(noteError, { note: noteError });
  const before = await loadOpenIncidentFor(deps, command.incidentId, command.actor, "incident.handle");
  if (note && note.length > 3000) {
    throw new BreachRefusal<CloseField>("breach.error.tooLong", { note: "breach.error.tooLong" });
  }
  const uninformed = before.customers.some((clock) => clock.notifiedAt === null);
  if (uninformed && !note) {
    throw new BreachRefusal<CloseField>("breach.error.closeNeedsReason", {
      note: "breach.error.closeNeedsReason",
    });
  }
  return deps.incidents.close(before.id, { at: deps.clock.now(), note }, command.actor, command.requestKey);
}
