// The "which customer" drop-down of the dialogs behind an incident's buttons.
import type { Incident } from "../../domain/breach/incident.ts";
import type { FormField } from "../model.ts";

const MAX_OPTIONS = 100;

/**
 * The chosen customer first, then those still to inform: Slack shows at most 100 options, and the
 * cap must hide neither the selected one nor a customer who still has to be told.
 */
export function customerChoice(incident: Incident, selectedClockId: string, label: string): FormField {
  const rank = (c: Incident["customers"][number]) =>
    c.id === selectedClockId ? 0 : c.notifiedAt === null ? 1 : 2;
  const ordered = [...incident.customers].sort((a, b) => rank(a) - rank(b));
  return {
    kind: "choice",
    id: "customer",
    style: "select",
    label,
    required: true,
    notifyOnChange: incident.customers.length > 1,
    options: ordered.slice(0, MAX_OPTIONS).map((clock) => ({
      value: clock.id,
      label: `${clock.notifiedAt ? "✅ " : ""}${clock.customer.name}`,
      hint: clock.customer.key,
    })),
    initial: [selectedClockId],
  };
}

/** The clock a dialog opens on: the given one, else the first customer not informed yet. */
export function defaultClockId(incident: Incident, wanted?: string | null): string {
  if (wanted && incident.customers.some((c) => c.id === wanted)) return wanted;
  return (incident.customers.find((c) => c.notifiedAt === null) ?? incident.customers[0])!.id;
}
