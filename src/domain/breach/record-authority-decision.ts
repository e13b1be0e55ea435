// Bijlage 3: the customer decides, with the processor, whether the breach is notified to its
// supervisory authority (GBA or AP), within 72 hours of our discovery. Records that decision.
import { z } from "zod";
import type { Actor } from "../ports.ts";
import { freeTextError, trimmedText } from "../text/free-text.ts";
import type { BreachDeps } from "./breach-deps.ts";
import type { Incident } from "./incident.ts";
import type { AuthorityDecisionRecord } from "./incident-repository.ts";
import { loadOpenIncidentFor } from "./open-incident.ts";
import { type FieldErrors, isInFuture, type Validated } from "./report-input.ts";

export const DECISION_FIELDS = ["customer", "decision", "at", "note"] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];
export const DECISIONS = ["notify", "not_notify", "notified"] as const;

const raw = z.object({
  customer: z.string().nullish(),
  decision: z.enum(DECISIONS).nullish(),
  at: z.date().nullish(),
  note: z.string().nullish(),
});

export function validateAuthorityDecision(
  input: Record<string, unknown>,
  incident: Incident,
  now: Date,
): Validated<{ clockId: string; record: AuthorityDecisionRecord }, DecisionField> {
  const parsed = raw.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { decision: "breach.error.invalid" } };
  const { customer, decision, at, note } = parsed.data;
  const errors: FieldErrors<DecisionField> = {};
  const clock = incident.customers.find((c) => c.id === customer);
  if (!clock) errors.customer = "breach.error.customersRequired";
  if (!decision) errors.decision = "breach.error.decisionRequired";
  if (!at) errors.at = "breach.error.atRequired";
  else if (isInFuture(at, now)) errors.at = "breach.error.inFuture";
  else if (at < incident.discoveredAt) errors.at = "breach.error.beforeDiscovery";
  const text = trimmedText(note);
  const noteError = freeTextError(text, "lines");
  if (noteError) errors.note = noteError;
  else if (text && text.length > 3000) errors.note = "breach.error.tooLong";
  if (!clock || !decision || !at || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { clockId: clock.id, record: { decision, at, note: text } } };
}

export async function recordAuthorityDecision(
  deps: BreachDeps,
  command: {
    incidentId: string;
    clockId: string;
    record: AuthorityDecisionRecord;
    actor: Actor;
    /** The request's own id: recorded once, however often the request arrives. */
    requestKey?: string;
  },
): Promise<Incident> {
  await loadOpenIncidentFor(deps, command.incidentId, command.actor, "incident.handle");
  return deps.incidents.recordAuthorityDecision(
    command.clockId,
    command.record,
    command.actor,
    command.requestKey,
  );
}
