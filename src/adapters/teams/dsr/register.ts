// Registering a data-subject request from Teams (art. 8 DPA): the `avg-verzoek` menu command
// answers with a card whose button opens the request dialog; the message-extension actions open it
// directly, "Register as request" prefilled with the message (requests often arrive as a pasted
// e-mail). The same form and use cases as Slack. The request card shows no personal data.

import { AccessRefusal, authorize, may } from "../../../domain/access/access-control.ts";
import type { DsrDeps } from "../../../domain/dsr/dsr-deps.ts";
import { RequestRefusal } from "../../../domain/dsr/dsr-error.ts";
import { forwardRequest } from "../../../domain/dsr/forward-request.ts";
import { publishRequest, refreshRequestMessage } from "../../../domain/dsr/publish-request.ts";
import { registerRequest } from "../../../domain/dsr/register-request.ts";
import { validateRequest } from "../../../domain/dsr/request-input.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildNoticeForm } from "../../../forms/breach/notice-form.ts";
import { forwardTextItems } from "../../../forms/dsr/action-forms.ts";
import { buildRequestForm, REQUEST_FORM_ID } from "../../../forms/dsr/request-form.ts";
import type { FormErrors } from "../../../forms/model.ts";
import { dialogCommand } from "../command-card.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import type { DialogOpener, DialogView, FlowRegistry, SubmitResult, TeamsFlowContext } from "../flows.ts";
import { translateErrors } from "../form-errors.ts";
import { actorOf, type TeamsTurn } from "../turn.ts";

export const REQUEST_DIALOG = "dsr.register";
/** Message-extension action commands (manifests/teams/manifest.json). */
export const REQUEST_EXTENSION_COMMAND = "register-request";
export const REQUEST_MESSAGE_ACTION = "register-message-as-request";
const STATIC_CUSTOMER_CHOICES = 25;

export function registerDsrIntake(registry: FlowRegistry, ctx: TeamsFlowContext, deps: DsrDeps): void {
  registry.command(
    ["avg-verzoek", "dsr", "verzoek", "demande", "demande-rgpd"],
    dialogCommand(ctx, {
      dialog: REQUEST_DIALOG,
      text: (language) => t(language, "teams.dsr.menuText"),
      button: (language) => t(language, "teams.dsr.menuButton"),
    }),
  );

  const view = async (language: Language, state: DialogState, text: string | null): Promise<DialogView> => ({
    form: buildRequestForm({
      language,
      state: encodeDialogState(state),
      receivedAt: deps.clock.now(),
      requestText: text,
    }),
    lookupChoices: {
      customer: (await ctx.breach.customers.search("", STATIC_CUSTOMER_CHOICES)).map((c) => ({
        value: c.id,
        label: `${c.name} (${c.key})`,
      })),
    },
  });

  const open: DialogOpener = async (turn, { data, prefill }) => {
    await authorize(deps.access, actorOf(turn), "request.register");
    const language = await ctx.language(turn);
    const typed = prefill ?? (typeof data.text === "string" ? data.text : "");
    return view(language, newDialogState(language, turn.timezone), typed.trim() || null);
  };
  registry.dialog(REQUEST_DIALOG, open);
  registry.extensionCommand(REQUEST_EXTENSION_COMMAND, open);
  registry.extensionCommand(REQUEST_MESSAGE_ACTION, open);

  registry.form(REQUEST_FORM_ID, {
    rebuild: (_turn, state) => view(state.l, state, null),
    submit: (turn, { values, state }) => submit(ctx, deps, turn, values, state),
  });

  registry.dataset("customer", async (turn, query, limit) =>
    !(await may(deps.access, actorOf(turn), "request.register"))
      ? []
      : (await ctx.breach.customers.search(query, limit)).map((c) => ({
          value: c.id,
          label: `${c.name} (${c.key})`,
        })),
  );
}

async function submit(
  ctx: TeamsFlowContext,
  deps: DsrDeps,
  turn: TeamsTurn,
  values: Record<string, unknown>,
  state: DialogState,
): Promise<SubmitResult> {
  const language = state.l;
  const validated = validateRequest(values, deps.clock.now());
  if (!validated.ok) return { kind: "errors", errors: translateErrors(validated.errors, language) };
  const actor = actorOf(turn);
  let registered: Awaited<ReturnType<typeof registerRequest>>;
  try {
    registered = await registerRequest(deps, {
      input: validated.value,
      idempotencyKey: `teams:dialog:${state.s}`,
      actor,
      platform: "teams",
      channelId: turn.conversationId,
    });
  } catch (error) {
    if (error instanceof AccessRefusal) return { kind: "done", message: refusalMessage(error, language)! };
    if (!(error instanceof RequestRefusal)) throw error;
    // A refusal names its fix (e.g. the customer without a reachable contact) on its field.
    const text = t(language, error.key, error.params);
    const fields = Object.keys(error.fields);
    const errors: FormErrors = Object.fromEntries(
      (fields.length > 0 ? fields : ["customer"]).map((f) => [f, text]),
    );
    return { kind: "errors", errors };
  }
  const { request, created, route } = registered;
  if (created) {
    try {
      await publishRequest(deps, request, [{ platform: "teams", channelId: turn.conversationId }]);
    } catch (error) {
      deps.onChatError(error, request.id);
    }
    if (deps.mailer) {
      try {
        const result = await forwardRequest(deps, { requestId: request.id, actor });
        await refreshRequestMessage(deps, result.request);
      } catch (error) {
        ctx.logger.error({ err: error, requestId: request.id }, "forwarding a data-subject request failed");
      }
    }
  }
  if (!deps.mailer) {
    // Without SMTP the registrant gets the text to forward by hand, in this private dialog.
    const notice = buildNoticeForm({
      title: t(language, "dsr.form.registeredTitle"),
      close: t(language, "common.close"),
      text: [
        t(language, "dsr.form.registeredManual", {
          ref: request.reference,
          recipients: route.contacts.map((c) => c.email).join(", "),
        }),
      ],
    });
    notice.items.push({ kind: "divider" }, ...forwardTextItems(request, deps.timezone));
    return { kind: "done", dialog: notice };
  }
  const key = created ? "teams.dsr.registered" : "teams.dsr.registeredAgain";
  return { kind: "done", message: t(language, key, { ref: request.reference }) };
}
