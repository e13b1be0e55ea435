// Type-ahead for the customer field (external select): answered at /slack/events within Slack's
// 3 s, at most 100 options, labels shortened to Slack's 75 characters by the renderer.
import type { App } from "@slack/bolt";
import { renderOption } from "../../../forms/slack/render-form.ts";
import type { SlackBreachContext } from "./context.ts";

export const CUSTOMER_OPTIONS_LIMIT = 100;

export function registerCustomerOptions(app: App, ctx: SlackBreachContext): void {
  app.options<"block_suggestion">({ action_id: "customers" }, async ({ ack, body }) => {
    try {
      const customers = await ctx.deps.customers.search(body.value ?? "", CUSTOMER_OPTIONS_LIMIT);
      await ack({
        options: customers.map((c) => renderOption({ value: c.id, label: `${c.name} (${c.key})` })),
      });
    } catch (error) {
      ctx.logger.error({ err: error }, "customer type-ahead failed");
      await ack({ options: [] });
    }
  });
}
