// Type-ahead for the request form's customer field (external select), answered within Slack's 3 s.
import type { App } from "@slack/bolt";
import type { CustomerDirectory } from "../../../domain/breach/incident-repository.ts";
import { renderOption } from "../../../forms/slack/render-form.ts";
import type { Logger } from "../../../logger.ts";

export function registerRequestCustomerOptions(app: App, customers: CustomerDirectory, logger: Logger): void {
  app.options<"block_suggestion">({ action_id: "customer" }, async ({ ack, body }) => {
    try {
      const found = await customers.search(body.value ?? "", 100);
      await ack({ options: found.map((c) => renderOption({ value: c.id, label: `${c.name} (${c.key})` })) });
    } catch (error) {
      logger.error({ err: error }, "customer type-ahead failed");
      await ack({ options: [] });
    }
  });
}
