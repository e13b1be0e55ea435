// GDPR art. 33(4): the report is completed in phases. Saves the edited Bijlage 3 fields; a changed
// discovery time moves every clock, an added customer gets its own clocks. A customer who has
// already been informed stays on the incident: that notification is part of the register.
import type { Actor } from "../ports.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import type { Incident } from "./incident.ts";
import { loadOpenIncidentFor } from "./open-incident.ts";
import { clocksFor } from "./report-breach.ts";
import type { ReportField, ReportInput } from "./report-input.ts";

export async function completeReport(
  deps: BreachDeps,
  command: { incidentId: string; input: ReportInput; actor: Actor },
): Promise<Incident> {
  const before = await loadOpenIncidentFor(deps, command.incidentId, command.actor, "incident.complete");
  const { input } = command;
  const kept = new Set(input.customerIds);
  const removedButInformed = before.customers.filter(
    (clock) =>
      !kept.has(clock.customer.id) && (clock.notifiedAt !== null || clock.authorityDecision !== "pending"),
  );
  if (removedButInformed.length > 0) {
    throw new BreachRefusal<ReportField>("breach.error.cannotRemoveInformed", {
      customers: "breach.error.cannotRemoveInformed",
    });
  }
  const clocks = await clocksFor(deps, input.customerIds, input.discoveredAt);
  return deps.incidents.updateReport(
    before.id,
    { discoveredAt: input.discoveredAt, details: input.details, clocks },
    command.actor,
  );
}
