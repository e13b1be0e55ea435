// The buttons of a request card (Action.Execute). "Show details" sends the data subject's details
// to the person's personal chat with the bot, and only to the registrant and privacy officers
// (GDPR art. 5(1)(f)); a card answer could be seen in the channel. "Customer acknowledged" records
// at once. The others show their form in place of the card; saving updates the card for everyone.

import type { DsrDeps } from "../../../domain/dsr/dsr-deps.ts";
import { RequestRefusal } from "../../../domain/dsr/dsr-error.ts";
import { loadRequest } from "../../../domain/dsr/open-request.ts";
import { refreshRequestMessage, requestRenderContext } from "../../../domain/dsr/publish-request.ts";
import { recordAcknowledgement } from "../../../domain/dsr/record-acknowledgement.ts";
import type { DataSubjectRequest } from "../../../domain/dsr/request.ts";
import { REQUEST_ACTIONS } from "../../../domain/dsr/request-actions.ts";
import { buildRequestMessage } from "../../../domain/dsr/request-message.ts";
import { showRequestDetails } from "../../../domain/dsr/show-details.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { Actor } from "../../../domain/ports.ts";
import { buildRequestDialog, type RequestDialog } from "../../../forms/dsr/request-dialog.ts";
import { REQUEST_DIALOG_FORMS, submitRequestDialog } from "../../../forms/dsr/submit-request-dialog.ts";
import type { AdaptiveCard } from "../../../forms/teams/card.ts";
import { renderFormCard } from "../../../forms/teams/render-form.ts";
import { renderMessageCard } from "../../../forms/teams/render-message.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import { refusalText } from "../dispatch.ts";
import type { FlowRegistry, SubmitResult, TeamsFlowContext } from "../flows.ts";
import { translateErrors } from "../form-errors.ts";
import { actorOf } from "../turn.ts";

const dialogOfVerb: Record<string, RequestDialog> = {
  [REQUEST_ACTIONS.forwarded]: "forwarded",
  [REQUEST_ACTIONS.time]: "time",
  [REQUEST_ACTIONS.extend]: "extend",
  [REQUEST_ACTIONS.close]: "close",
};

export function registerRequestButtons(registry: FlowRegistry, ctx: TeamsFlowContext, deps: DsrDeps): void {
  const requestCard = (request: DataSubjectRequest): AdaptiveCard =>
    renderMessageCard(buildRequestMessage(request, requestRenderContext(deps, request)));

  const dialog = (which: RequestDialog, state: DialogState, actor: Actor) =>
    buildRequestDialog(deps, {
      dialog: which,
      requestId: state.i ?? "",
      actor,
      language: state.l,
      seenByOthers: true,
      state: (request) => encodeDialogState({ ...state, i: request.id }),
    });

  const refusedOr = (error: unknown, language: DialogState["l"]): string => {
    const text = refusalText(error, language);
    if (text === null) throw error;
    return text;
  };

  registry.verb(REQUEST_ACTIONS.details, async (turn, data) => {
    const language = await ctx.language(turn);
    try {
      const message = await showRequestDetails(deps, {
        requestId: String(data.value ?? ""),
        actor: actorOf(turn),
        language,
      });
      await ctx.chat.postPrivate({ platform: "teams", channelId: turn.conversationId }, turn.userId, message);
      return t(language, "teams.dsr.detailsSent");
    } catch (error) {
      return refusedOr(error, language);
    }
  });

  registry.verb(REQUEST_ACTIONS.acknowledged, async (turn, data) => {
    const language = await ctx.language(turn);
    try {
      const request = await recordAcknowledgement(deps, {
        requestId: String(data.value ?? ""),
        actor: actorOf(turn),
      });
      await refreshRequestMessage(deps, request);
      return requestCard(request);
    } catch (error) {
      return refusedOr(error, language);
    }
  });

  for (const [verb, which] of Object.entries(dialogOfVerb)) {
    registry.verb(verb, async (turn, data) => {
      const language = await ctx.language(turn);
      const state = newDialogState(language, turn.timezone, { i: String(data.value ?? "") });
      try {
        return renderFormCard(await dialog(which, state, actorOf(turn)), {
          surface: "card",
          timezone: turn.timezone,
        });
      } catch (error) {
        return refusedOr(error, language);
      }
    });
  }

  for (const [formId, which] of Object.entries(REQUEST_DIALOG_FORMS)) {
    registry.form(formId, {
      rebuild: async (turn, state) => ({ form: await dialog(which, state, actorOf(turn)) }),
      submit: async (turn, { values, state }): Promise<SubmitResult> => {
        try {
          const outcome = await submitRequestDialog(deps, {
            formId,
            requestId: state.i ?? "",
            values,
            actor: actorOf(turn),
            // The form's key, drawn when it was shown: a retried or repeated submit is handled once.
            requestKey: `teams:dialog:${state.s}:${formId}`,
          });
          if ("fieldErrors" in outcome)
            return { kind: "errors", errors: translateErrors(outcome.fieldErrors, state.l) };
          await refreshRequestMessage(deps, outcome.request);
          return { kind: "done", card: requestCard(outcome.request) };
        } catch (error) {
          if (error instanceof RequestRefusal && Object.keys(error.fields).length > 0) {
            return { kind: "errors", errors: translateErrors(error.fields, state.l) };
          }
          return { kind: "done", message: refusedOr(error, state.l) };
        }
      },
      cancel: async (_turn, state) => requestCard(await loadRequest(deps.requests, state.i ?? "")),
    });
  }
}
