// Art. 6 DPA, Bijlage 3: the customer's contact was informed by phone and/or e-mail. Records how,
// when and to whom; the penalty (art. 6.5) follows from that moment and the 24 h deadline.
import { z } from "zod";
import type { Actor } from "../ports.ts";
import { freeTextError, trimmedText } from "../text/free-text.ts";
import type { BreachDeps } from "./breach-deps.ts";
import type { Incident } from "./incident.ts";
import type { CustomerNotification } from "./incident-repository.ts";
import { loadOpenIncidentFor } from "./open-incident.ts";
import { type FieldErrors, isInFuture, type Validated } from "./report-input.ts";

export const INFORMED_FIELDS = ["customer", "via", "at", "to"] as const;
export type InformedField = (typeof INFORMED_FIELDS)[number];

const raw = z.object({
  customer: z.string().nullish(),
  via: z.enum(["phone", "email"]).nullish(),
  at: z.date().nullish(),
  to: z.string().nullish(),
});

/** Checks the "customer informed" form against the incident it belongs to. */
export function validateCustomerInformed(
  input: Record<string, unknown>,
  incident: Incident,
  now: Date,
): Validated<{ clockId: string; notification: CustomerNotification }, InformedField> {
  const parsed = raw.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { via: "breach.error.invalid" } };
  const { customer, via, at, to } = parsed.data;
  const errors: FieldErrors<InformedField> = {};
  const clock = incident.customers.find((c) => c.id === customer);
  if (!clock) errors.customer = "breach.error.customersRequired";
  if (!via) errors.via = "breach.error.viaRequired";
  if (!at) errors.at = "breach.error.atRequired";
  else if (isInFuture(at, now)) errors.at = "breach.error.inFuture";
  else if (at < incident.discoveredAt) errors.at = "breach.error.beforeDiscovery";
  const recipient = trimmedText(to) ?? "";
  const recipientError = freeTextError(recipient, "line");
  if (recipient === "") errors.to = "breach.error.toRequired";
  else if (recipientError) errors.to = recipientError;
  else if (recipient.length > 500) errors.to = "breach.error.tooLong";
  if (!clock || !via || !at || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { clockId: clock.id, notification: { at, via, to: recipient, messageId: null } },
  };
}

export async function recordCustomerInformed(
  deps: BreachDeps,
  command: {
    incidentId: string;
    clockId: string;
    notification: CustomerNotification;
    actor: Actor;
    /** The request's own id: recorded once, however often the request arrives. */
    requestKey?: string;
  },
): Promise<Incident> {
  await loadOpenIncidentFor(deps, command.incidentId, command.actor, "incident.handle");
  return deps.incidents.recordCustomerInformed(
    command.clockId,
    command.notification,
    command.actor,
    command.requestKey,
  );
}
