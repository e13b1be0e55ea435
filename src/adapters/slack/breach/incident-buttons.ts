// The buttons on an incident message open their dialog (loading view first, within the trigger's
// 3 s). The customer drop-down inside a dialog reloads it for the chosen customer.
import type { App, BlockAction, ButtonAction, StaticSelectAction } from "@slack/bolt";
import { INCIDENT_ACTIONS, type IncidentAction } from "../../../domain/breach/incident-actions.ts";
import { buildLoadingForm } from "../../../forms/breach/report-form.ts";
import { renderForm } from "../../../forms/slack/render-form.ts";
import { decodeModalState } from "../modal-state.ts";
import { formOrNotice, openThenFill, type SlackBreachContext, userRef } from "./context.ts";
import { buildDialog } from "./dialogs.ts";

const dialogOfCallback: Record<string, IncidentAction> = {
  "breach.informed": "informed",
  "breach.authority": "authority",
  "breach.notification": "notification",
};

export function registerIncidentButtons(app: App, ctx: SlackBreachContext): void {
  for (const [action, actionId] of Object.entries(INCIDENT_ACTIONS) as Array<[IncidentAction, string]>) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action: button, client }) => {
      await ack();
      const user = userRef(body.user, body.team?.id);
      const loading = buildLoadingForm(ctx.people.knownLanguage(user), "");
      await openThenFill(
        client,
        body.trigger_id,
        loading,
        async () => {
          const language = await ctx.people.language(user);
          return formOrNotice(ctx, language, async () =>
            buildDialog(ctx, action, button.value ?? "", await ctx.people.actor(user), language),
          );
        },
        ctx,
      );
    });
  }

  app.action<BlockAction<StaticSelectAction>>(
    { type: "block_actions", action_id: "customer" },
    async ({ ack, body, action, client }) => {
      await ack();
      const view = body.view;
      const dialog = view ? dialogOfCallback[view.callback_id] : undefined;
      if (!view || !dialog) return;
      const state = decodeModalState(view.private_metadata, ctx.deps.defaultLanguage);
      const user = userRef(body.user, body.team?.id);
      const form = await formOrNotice(ctx, state.l, async () =>
        buildDialog(
          ctx,
          dialog,
          state.i ?? "",
          await ctx.people.actor(user),
          state.l,
          action.selected_option?.value,
        ),
      );
      await client.views.update({ view_id: view.id, hash: view.hash, view: renderForm(form) });
    },
  );
}
