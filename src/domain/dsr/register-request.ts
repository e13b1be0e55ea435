// Art. 8 DPA: a data-subject request reached us. Stores it with its reference and both clocks
// (forward due, the controller's legal deadline), after checking that the customer has someone to
// forward it to: a request nobody can receive is refused at once, naming the customer and the fix.

import { DateTime } from "luxon";
import { authorize } from "../access/access-control.ts";
import type { Actor, ChatPlatform } from "../ports.ts";
import { computeForwardDue, computeLegalDeadline } from "./deadlines.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { RequestRefusal } from "./dsr-error.ts";
import type { DataSubjectRequest } from "./request.ts";
import type { RequestField, RequestInput } from "./request-input.ts";
import { type Route, routeRequest } from "./routing.ts";

export interface RegisterRequestCommand {
  input: RequestInput;
  /** Stable per submission (the form's id): a retried submission returns the same request. */
  idempotencyKey: string;
  actor: Actor;
  platform: ChatPlatform | null;
  /** Where its message is meant to go (the first choice). */
  channelId?: string | null;
}

export async function registerRequest(
  deps: Pick<DsrDeps, "requests" | "customers" | "clock" | "timezone" | "access">,
  command: RegisterRequestCommand,
): Promise<{ request: DataSubjectRequest; created: boolean; route: Route }> {
  // Art. 8 DPA: every member registers a request that reached them; outsiders do not.
  await authorize(deps.access, command.actor, "request.register");
  const { input } = command;
  const customer = await deps.customers.findActive(input.customerId);
  if (!customer) {
    throw new RequestRefusal<RequestField>("dsr.error.customerUnknown", {
      customer: "dsr.error.customerUnknown",
    });
  }
  const route = routeRequest(customer.contacts, input.type);
  if (!route) {
    throw new RequestRefusal<RequestField>(
      "dsr.error.noContact",
      { customer: "dsr.error.noContact" },
      { customer: customer.name, key: customer.key },
    );
  }
  const now = deps.clock.now();
  const { request, created } = await deps.requests.create(
    {
      idempotencyKey: command.idempotencyKey,
      customerId: customer.id,
      type: input.type,
      receivedAt: input.receivedAt,
      receivedVia: input.receivedVia,
      subject: input.subject,
      requestText: input.requestText,
      forwardDueAt: computeForwardDue(input.receivedAt, customer.forwardSlaHours, customer.authority),
      legalDeadline: computeLegalDeadline(input.receivedAt, customer.authority),
      registeredAt: now,
      referenceYear: DateTime.fromJSDate(now, { zone: deps.timezone }).year,
      platform: command.platform,
      channelId: command.channelId ?? null,
      reporterUserId: command.actor.platform === "system" ? null : command.actor.userId,
    },
    command.actor,
  );
  return { request, created, route };
}
