// Submitting the request form: field errors go back onto the form (nothing stored); a valid request
// is stored before Slack gets its answer, keyed by the view id, so a retried or double-clicked
// submission finds it instead of making a second one. Then it is posted and, with SMTP, forwarded.
import type { App } from "@slack/bolt";
import { RequestRefusal } from "../../../domain/dsr/dsr-error.ts";
import { forwardRequest } from "../../../domain/dsr/forward-request.ts";
import { publishRequest, refreshRequestMessage } from "../../../domain/dsr/publish-request.ts";
import { registerRequest } from "../../../domain/dsr/register-request.ts";
import type { DataSubjectRequest } from "../../../domain/dsr/request.ts";
import { validateRequest } from "../../../domain/dsr/request-input.ts";
import type { Route } from "../../../domain/dsr/routing.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { Actor, Language } from "../../../domain/ports.ts";
import { buildNoticeForm } from "../../../forms/breach/notice-form.ts";
import { forwardTextItems } from "../../../forms/dsr/action-forms.ts";
import { REQUEST_FORM_ID } from "../../../forms/dsr/request-form.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { renderForm } from "../../../forms/slack/render-form.ts";
import { errorOnFirstInput, slackFieldErrors, userRef } from "../breach/context.ts";
import { decodeModalState } from "../modal-state.ts";
import { refusalText, requestTargets, type SlackDsrContext } from "./context.ts";

export function registerRequestSubmission(app: App, ctx: SlackDsrContext): void {
  app.view(REQUEST_FORM_ID, async ({ ack, body, view }) => {
    const { deps } = ctx;
    const state = decodeModalState(view.private_metadata, deps.defaultLanguage);
    const language = state.l;
    const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
    const validated = validateRequest(readFormState(view.state.values as ViewStateValues), deps.clock.now());
    if (!validated.ok) {
      await ack({ response_action: "errors", errors: slackFieldErrors(blocks, validated.errors, language) });
      return;
    }
    const user = userRef(body.user, body.team?.id);
    let registered: { request: DataSubjectRequest; created: boolean; route: Route };
    let actor: Actor;
    const targets = requestTargets(state, user.id, ctx.requestChannel);
    try {
      actor = await ctx.people.actor(user);
      registered = await registerRequest(deps, {
        input: validated.value,
        idempotencyKey: `slack:view:${view.id}`,
        actor,
        platform: "slack",
        channelId: targets[0]?.channelId ?? null,
      });
    } catch (error) {
      const errors =
        error instanceof RequestRefusal && Object.keys(error.fields).length > 0
          ? Object.fromEntries(
              Object.entries(slackFieldErrors(blocks, error.fields, language)).map(([block]) => [
                block,
                t(language, error.key, error.params),
              ]),
            )
          : errorOnFirstInput(
              blocks,
              refusalText(ctx, language, error, "storing a data-subject request failed"),
            );
      await ack({ response_action: "errors", errors });
      return;
    }
    const { request, created } = registered;
    // Without SMTP the registrant gets the text to forward by hand, in this (private) dialog.
    if (!deps.mailer)
      await ack({
        response_action: "update",
        view: manualForwardView(ctx, request, registered.route, language),
      });
    else await ack();
    if (!created) return; // the first delivery of this submission posts and forwards it

    try {
      await publishRequest(deps, request, targets);
    } catch (error) {
      deps.onChatError(error, request.id);
    }
    if (!deps.mailer) return;
    try {
      const result = await forwardRequest(deps, { requestId: request.id, actor });
      await refreshRequestMessage(deps, result.request);
    } catch (error) {
      ctx.logger.error({ err: error, requestId: request.id }, "forwarding a data-subject request failed");
    }
  });
}

function manualForwardView(
  ctx: SlackDsrContext,
  request: DataSubjectRequest,
  route: Route,
  language: Language,
) {
  const recipients = route.contacts.map((c) => c.email).join(", ");
  const form = buildNoticeForm({
    title: t(language, "dsr.form.registeredTitle"),
    close: t(language, "common.close"),
    text: [t(language, "dsr.form.registeredManual", { ref: request.reference, recipients })],
  });
  form.items.push({ kind: "divider" }, ...forwardTextItems(request, ctx.deps.timezone));
  return renderForm(form);
}
