// "Send e-mail" in the notification dialog: the dialog turns into "sending…" at once (Slack wants an
// answer within 3 s, SMTP may take longer), then shows the result; the incident message follows.
// The dialog's id keys the send in the database: a double click or a retried delivery, on any
// process, mails nothing again and leaves the dialog to the request that sends.

import type { App } from "@slack/bolt";
import { outcomeText } from "../../../domain/breach/notification-outcome-text.ts";
import { refreshAfterChange } from "../../../domain/breach/refresh-incident-message.ts";
import { sendCustomerNotification } from "../../../domain/breach/send-customer-notification.ts";
import { formatDateTime } from "../../../domain/i18n/format.ts";
import { translator } from "../../../domain/i18n/translate.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildNoticeForm } from "../../../forms/breach/notice-form.ts";
import { NOTIFICATION_FORM_ID } from "../../../forms/breach/notification-form.ts";
import { renderForm } from "../../../forms/slack/render-form.ts";
import { decodeModalState } from "../modal-state.ts";
import { type SlackBreachContext, userRef } from "./context.ts";

export function registerNotificationSubmission(app: App, ctx: SlackBreachContext): void {
  app.view(NOTIFICATION_FORM_ID, async ({ ack, body, view, client }) => {
    const { deps } = ctx;
    const state = decodeModalState(view.private_metadata, deps.defaultLanguage);
    const tr = translator(state.l);
    const notice = (text: string) =>
      renderForm(
        buildNoticeForm({ title: tr("breach.notify.title"), close: tr("common.close"), text: [text] }),
      );
    await ack({ response_action: "update", view: notice(tr("breach.notify.sending")) });

    let result: string;
    try {
      const actor = await ctx.people.actor(userRef(body.user, body.team?.id));
      const sent = await sendCustomerNotification(deps, {
        incidentId: state.i ?? "",
        clockId: state.k ?? "",
        actor,
        requestKey: `slack:view:${view.id}`,
      });
      if (!sent) return; // a repeat: the request that sends shows the result
      result = outcomeText(sent, tr, (at) => formatDateTime(at, deps.timezone, state.l));
      await refreshAfterChange(deps, sent.incident);
    } catch (error) {
      const refused = refusalMessage(error, state.l);
      if (refused === null) ctx.logger.error({ err: error }, "sending a breach notification failed");
      result =
        refused ??
        tr("breach.error.mailFailed", { reason: error instanceof Error ? error.message : String(error) });
    }
    await client.views.update({ view_id: view.id, view: notice(result) });
  });
}
