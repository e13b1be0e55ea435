// Submitting the report form (forms/breach/submit-report.ts, shared with Teams): field errors go
// back onto the form (nothing stored); a valid report is stored before Slack gets its answer, so a
// failure keeps the modal and its text open. The incident is keyed by the view id: a retried or
// double-clicked submission finds it instead of a second one.

import type { App } from "@slack/bolt";
import { publishIncident } from "../../../domain/breach/publish-incident.ts";
import { refreshAfterChange } from "../../../domain/breach/refresh-incident-message.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { ChatTarget } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { COMPLETE_FORM_ID, REPORT_FORM_ID } from "../../../forms/breach/report-form.ts";
import { type ReportOutcome, submitReport } from "../../../forms/breach/submit-report.ts";
import { readFormState, type ViewStateValues } from "../../../forms/slack/read-form-state.ts";
import { isDatabaseUnavailable } from "../../db/unavailable.ts";
import { decodeModalState, type ModalState } from "../modal-state.ts";
import { errorOnFirstInput, type SlackBreachContext, slackFieldErrors, userRef } from "./context.ts";

export function registerReportSubmission(app: App, ctx: SlackBreachContext): void {
  for (const callbackId of [REPORT_FORM_ID, COMPLETE_FORM_ID]) {
    app.view(callbackId, async ({ ack, body, view }) => {
      const state = decodeModalState(view.private_metadata, ctx.deps.defaultLanguage);
      const language = state.l;
      const blocks = view.blocks as Array<{ type: string; block_id?: string }>;
      const user = userRef(body.user, body.team?.id);
      let outcome: ReportOutcome;
      try {
        // Field errors come back before anyone is looked up: nothing is stored until valid.
        outcome = await submitReport(ctx.deps, {
          mode: callbackId === REPORT_FORM_ID ? "report" : "complete",
          values: readFormState(view.state.values as ViewStateValues),
          incidentId: state.i,
          idempotencyKey: `slack:view:${view.id}`,
          actor: () => ctx.people.actor(user),
          platform: "slack",
        });
      } catch (error) {
        ctx.logger.error({ err: error }, "storing a breach report failed");
        const key = isDatabaseUnavailable(error) ? "breach.error.tryAgainSoon" : "breach.error.unexpected";
        await ack({ response_action: "errors", errors: errorOnFirstInput(blocks, t(language, key)) });
        return;
      }
      if (!outcome.ok) {
        const errors =
          "fieldErrors" in outcome
            ? slackFieldErrors(blocks, outcome.fieldErrors, language)
            : errorOnFirstInput(blocks, refusalMessage(outcome.refusal, language) ?? "");
        await ack({ response_action: "errors", errors });
        return;
      }
      await ack();

      const { incident, created } = outcome;
      if (callbackId === COMPLETE_FORM_ID) return refreshAfterChange(ctx.deps, incident);
      if (!created) return; // the first delivery of this submission publishes it
      try {
        await publishIncident(ctx.deps, incident, {
          targets: publishTargets(state, user.id, ctx.incidentChannel),
          reporterUserId: user.id,
          reporterLanguage: language,
        });
      } catch (error) {
        ctx.deps.onChatError(error, incident.id);
      }
    });
  }
}

/**
 * The channel where /datalek ran, unless that was a direct message; then SLACK_INCIDENT_CHANNEL;
 * finally the reporter's direct message with the app (posting to a user id), which always works.
 */
export function publishTargets(
  state: ModalState,
  reporterUserId: string,
  incidentChannel: string | undefined,
): Array<ChatTarget & { name?: string }> {
  const targets: Array<ChatTarget & { name?: string }> = [];
  const direct =
    !state.c || /^D/.test(state.c) || state.n === "directmessage" || state.n?.startsWith("mpdm-");
  if (state.c && !direct)
    targets.push({ platform: "slack", channelId: state.c, name: state.n ? `#${state.n}` : state.c });
  if (incidentChannel && incidentChannel !== state.c)
    targets.push({ platform: "slack", channelId: incidentChannel });
  targets.push({ platform: "slack", channelId: reporterUserId });
  return targets;
}
