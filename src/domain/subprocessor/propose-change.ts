// Art. 9 DPA: a new sub-processor, or a change to one, is proposed to every affected customer. The
// proposal and one pending approval per customer, with a request row per recipient, are stored in
// one go; the scheduler sends the requests at Slack's pace (send-approval-requests).
import { DateTime } from "luxon";
import { authorize } from "../access/access-control.ts";
import type { Actor, ChatPlatform, Language } from "../ports.ts";
import { planRequests } from "./plan-fan-out.ts";
import type { Proposal } from "./proposal.ts";
import type { ProposalField, ProposalInput } from "./proposal-input.ts";
import type { SubprocessorDeps } from "./subprocessor-deps.ts";
import { SubprocessorRefusal } from "./subprocessor-error.ts";

export interface ProposeChangeCommand {
  input: ProposalInput;
  /** Stable per submission: a retried submission returns the same proposal. */
  idempotencyKey: string;
  actor: Actor;
  language: Language;
  platform: ChatPlatform | null;
}

export async function proposeChange(
  deps: Pick<
    SubprocessorDeps,
    "proposals" | "customers" | "clock" | "timezone" | "emailEnabled" | "teamsEnabled" | "access"
  >,
  command: ProposeChangeCommand,
): Promise<{ proposal: Proposal; created: boolean }> {
  // What goes to every customer's approvers, from our own sender address, is the privacy officer's.
  await authorize(deps.access, command.actor, "subprocessor.propose");
  const scope = command.input.customers;
  const customers = await deps.customers.findAffected(scope);
  if (!scope.all && customers.length !== scope.ids.length) {
    throw new SubprocessorRefusal<ProposalField>("subprocessor.error.customerUnknown", {
      customers: "subprocessor.error.customerUnknown",
    });
  }
  if (customers.length === 0) {
    throw new SubprocessorRefusal<ProposalField>("subprocessor.error.noCustomers", {
      scope: "subprocessor.error.noCustomers",
    });
  }
  const now = deps.clock.now();
  return deps.proposals.create(
    {
      idempotencyKey: command.idempotencyKey,
      terms: command.input.terms,
      allCustomers: scope.all,
      requestedAt: now,
      referenceYear: DateTime.fromJSDate(now, { zone: deps.timezone }).year,
      proposerLanguage: command.language,
      platform: command.platform,
      customers: customers.map((customer) => ({
        customerId: customer.id,
        requests: planRequests(customer, { email: deps.emailEnabled, teams: deps.teamsEnabled }),
      })),
    },
    command.actor,
  );
}
