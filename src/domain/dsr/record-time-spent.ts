// Art. 8.3 DPA: the processor's reasonable costs of helping with a request are reimbursed. Time is
// recorded in minutes; the cost follows from REQUEST_HOURLY_RATE_CENTS when set.
import type { Actor } from "../ports.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import { loadRequestFor } from "./open-request.ts";
import type { DataSubjectRequest } from "./request.ts";

export const MAX_MINUTES_PER_ENTRY = 24 * 60;

/** Whole minutes from the form ("45", " 90 "); anything else is a field error. */
export function parseMinutes(value: unknown): number | null {
  if (typeof value !== "string" || !/^\s*\d{1,5}\s*$/.test(value)) return null;
  const minutes = Number(value.trim());
  return minutes >= 1 && minutes <= MAX_MINUTES_PER_ENTRY ? minutes : null;
}

export async function recordTimeSpent(
  deps: Pick<DsrDeps, "requests" | "access" | "hourlyRateCents">,
  command: {
    requestId: string;
    minutes: unknown;
    actor: Actor;
    /**
     * The submission's own id (a Slack view, a Teams form): a retried or double-clicked submission
     * books its minutes once, so the costs invoiced under art. 8.3 DPA are not counted twice.
     */
    requestKey?: string;
  },
): Promise<DataSubjectRequest> {
  const minutes = parseMinutes(command.minutes);
  if (minutes === null) throw new RequestRefusal("dsr.error.minutes", { minutes: "dsr.error.minutes" });
  // Time may be booked after closing too: the invoice often comes later.
  const before = await loadRequestFor(deps, command.requestId, command.actor, "request.handle");
  return deps.requests.recordTimeSpent(
    before.id,
    { minutes, hourlyRateCents: deps.hourlyRateCents },
    command.actor,
    command.requestKey,
  );
}
