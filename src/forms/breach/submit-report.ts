// Submitting the report form (or completing a report), for every platform: validate, then store
// the incident with its clocks before the platform gets its answer. `idempotencyKey` is stable per
// submission (the Slack view id, the Teams dialog's own key), so a retried submit finds the
// incident instead of creating a second one.
import { AccessRefusal } from "../../domain/access/access-control.ts";
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import { BreachRefusal } from "../../domain/breach/breach-error.ts";
import { completeReport } from "../../domain/breach/complete-report.ts";
import type { Incident } from "../../domain/breach/incident.ts";
import { reportBreach } from "../../domain/breach/report-breach.ts";
import { type FieldErrors, validateReport } from "../../domain/breach/report-input.ts";
import type { Actor, ChatPlatform } from "../../domain/ports.ts";
import type { FormValues } from "../model.ts";

export type ReportOutcome =
  | { ok: true; incident: Incident; created: boolean }
  | { ok: false; fieldErrors: FieldErrors<string> }
  /** A refusal without a field (the incident was closed meanwhile, or the person may not). */
  | { ok: false; refusal: BreachRefusal | AccessRefusal };

export async function submitReport(
  deps: BreachDeps,
  request: {
    mode: "report" | "complete";
    values: FormValues;
    /** complete: the incident being completed. */
    incidentId?: string;
    idempotencyKey: string;
    /** A function when finding out who it is costs a call (Slack users.info): only once valid. */
    actor: Actor | (() => Promise<Actor>);
    platform: ChatPlatform;
  },
): Promise<ReportOutcome> {
  const validated = validateReport(request.values, deps.clock.now());
  if (!validated.ok) return { ok: false, fieldErrors: validated.errors };
  const actor = typeof request.actor === "function" ? await request.actor() : request.actor;
  try {
    if (request.mode === "report") {
      const { incident, created } = await reportBreach(deps, {
        input: validated.value,
        idempotencyKey: request.idempotencyKey,
        actor,
        platform: request.platform,
      });
      return { ok: true, incident, created };
    }
    const incident = await completeReport(deps, {
      incidentId: request.incidentId ?? "",
      input: validated.value,
      actor,
    });
    return { ok: true, incident, created: false };
  } catch (error) {
    if (error instanceof AccessRefusal) return { ok: false, refusal: error };
    if (!(error instanceof BreachRefusal)) throw error;
    return Object.keys(error.fields).length > 0
      ? { ok: false, fieldErrors: error.fields }
      : { ok: false, refusal: error };
  }
}
