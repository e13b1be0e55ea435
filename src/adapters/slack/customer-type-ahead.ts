// Type-ahead for a customer field (external select), shared by the breach, request and proposal
// forms: answered within Slack's 3 s, at most 100 options. The customer register is ours: only
// members of our own workspace may search it (the permission model), so a guest or a colleague of
// another organisation in a shared channel cannot list our customers by sending suggestions.
import type { App } from "@slack/bolt";
import { type AccessControl, may } from "../../domain/access/access-control.ts";
import type { CustomerDirectory } from "../../domain/breach/incident-repository.ts";
import { renderOption } from "../../forms/slack/render-form.ts";
import type { Logger } from "../../logger.ts";
import type { SlackPeople } from "./people.ts";

export const CUSTOMER_OPTIONS_LIMIT = 100;

export function registerCustomerTypeAhead(
  app: App,
  actionId: string,
  deps: { customers: CustomerDirectory; access: AccessControl; people: SlackPeople; logger: Logger },
): void {
  app.options<"block_suggestion">({ action_id: actionId }, async ({ ack, body }) => {
    try {
      const actor = await deps.people.actor({
        id: body.user.id,
        teamId: body.user.team_id ?? body.team?.id ?? "",
      });
      if (!(await may(deps.access, actor, "breach.report"))) return void (await ack({ options: [] }));
      const customers = await deps.customers.search(body.value ?? "", CUSTOMER_OPTIONS_LIMIT);
      await ack({
        options: customers.map((c) => renderOption({ value: c.id, label: `${c.name} (${c.key})` })),
      });
    } catch (error) {
      deps.logger.error({ err: error }, "customer type-ahead failed");
      await ack({ options: [] });
    }
  });
}
