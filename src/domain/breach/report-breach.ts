// Art. 6-7 DPA: a breach is reported. Creates the incident with, per affected customer, the 24 h
// notification clock and the customer's 72 h authority clock, both counted from discovery.
import { DateTime } from "luxon";
import { authorize } from "../access/access-control.ts";
import type { Actor, ChatPlatform } from "../ports.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import { computeAuthorityDeadline, computeNotificationDeadline } from "./clocks.ts";
import type { Incident } from "./incident.ts";
import type { ClockDraft } from "./incident-repository.ts";
import type { ReportField, ReportInput } from "./report-input.ts";

export interface ReportBreachCommand {
  input: ReportInput;
  /** Stable per submission (e.g. the form's id): a retried submission returns the same incident. */
  idempotencyKey: string;
  actor: Actor;
  platform: ChatPlatform | null;
}

/** `created` is false when this submission had already created the incident. */
export async function reportBreach(
  deps: Pick<BreachDeps, "incidents" | "customers" | "clock" | "timezone" | "access">,
  command: ReportBreachCommand,
): Promise<{ incident: Incident; created: boolean }> {
  // Art. 6.1 DPA: every member reports; guests and other organisations' people do not.
  await authorize(deps.access, command.actor, "breach.report");
  const { input } = command;
  const clocks = await clocksFor(deps, input.customerIds, input.discoveredAt);
  const now = deps.clock.now();
  return deps.incidents.create(
    {
      idempotencyKey: command.idempotencyKey,
      discoveredAt: input.discoveredAt,
      reportedAt: now,
      referenceYear: DateTime.fromJSDate(now, { zone: deps.timezone }).year,
      details: input.details,
      clocks,
      platform: command.platform,
    },
    command.actor,
  );
}

/** Both clocks of every customer run from the one discovery moment; unknown customers are refused. */
export async function clocksFor(
  deps: Pick<BreachDeps, "customers">,
  customerIds: string[],
  discoveredAt: Date,
): Promise<ClockDraft[]> {
  const customers = await deps.customers.findActive(customerIds);
  if (customers.length !== customerIds.length) {
    throw new BreachRefusal<ReportField>("breach.error.customerUnknown", {
      customers: "breach.error.customerUnknown",
    });
  }
  return customers.map((customer) => ({
    customerId: customer.id,
    customer,
    notifyDeadline: computeNotificationDeadline(discoveredAt),
    authorityDeadline: computeAuthorityDeadline(discoveredAt),
  }));
}
