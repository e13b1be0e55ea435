// Routes every Teams activity to the flows registered for it: a typed command (the bot menu), a
// dialog to open (task/fetch, composeExtension/fetchTask), a form submitted from a dialog
// (task/submit, composeExtension/submitAction) or from a card (Action.Execute), a card button,
// a typeahead query. Invalid forms come back with their errors and what was typed; nothing is
// stored until a form is valid.
import { t } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import { refusalMessage } from "../../domain/refusal-message.ts";
import type { Form } from "../../forms/model.ts";
import { type AdaptiveCard, adaptiveCard } from "../../forms/teams/card.ts";
import { readCardValues } from "../../forms/teams/read-card-values.ts";
import { FORM_CANCEL_VERB, FORM_SUBMIT_VERB, renderFormCard } from "../../forms/teams/render-form.ts";
import { richTextBlock } from "../../forms/teams/rich-text.ts";
import { formWithValues } from "../../forms/with-values.ts";
import { decodeDialogState } from "./dialog-state.ts";
import type { DialogView, FlowRegistry, TeamsFlowContext } from "./flows.ts";
import { helpCard } from "./help-card.ts";
import { htmlToText } from "./html-text.ts";
import {
  badRequest,
  cardMessageResponse,
  cardResponse,
  dialogClosed,
  dialogMessage,
  dialogResponse,
  type InvokeResponse,
  searchResponse,
} from "./invoke-responses.ts";
import type { TeamsTurn } from "./turn.ts";

type Data = Record<string, unknown>;

const asData = (value: unknown): Data =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};

export function createDispatcher(registry: FlowRegistry, ctx: TeamsFlowContext) {
  async function onMessage(turn: TeamsTurn): Promise<void> {
    const submitted = asData(turn.activity.value);
    if (typeof submitted.verb === "string") return onSubmitFallback(turn, submitted);
    const text = commandText(turn.activity.text ?? "");
    if (text === "") return;
    const [word = "", ...rest] = text.split(/\s+/);
    const handler = registry.commands.get(word.toLowerCase());
    if (handler) return handler(turn, rest.join(" "));
    const language = await ctx.language(turn);
    const card = helpCard(language, t(language, "teams.unknownCommand", { text: text.slice(0, 80) }));
    await ctx.reply(turn, card, t(language, "teams.help.title"));
  }

  function dialogOf(view: DialogView, turn: TeamsTurn, surface: "dialog" | "card", errors = {}) {
    return renderFormCard(view.form, {
      surface,
      timezone: turn.timezone,
      errors,
      lookupChoices: view.lookupChoices,
    });
  }

  async function openDialog(turn: TeamsTurn, opener: DialogView | null): Promise<InvokeResponse> {
    if (!opener) return dialogMessage(t(await ctx.language(turn), "teams.formExpired"));
    return dialogResponse(opener.form.title, dialogOf(opener, turn, "dialog"));
  }

  async function submitForm(
    turn: TeamsTurn,
    data: Data,
    surface: "dialog" | "card",
  ): Promise<InvokeResponse> {
    const handler = registry.forms.get(String(data.form ?? ""));
    const state = decodeDialogState(data.state);
    if (!handler || !state) {
      const text = t(await ctx.language(turn), "teams.formExpired");
      return surface === "dialog" ? dialogMessage(text) : cardMessageResponse(text);
    }
    let view: DialogView;
    try {
      view = await handler.rebuild(turn, state);
    } catch (error) {
      // E.g. the incident was closed since the form was opened: say so instead of failing.
      const text = refusalText(error, state.l);
      if (text === null) throw error;
      return surface === "dialog" ? dialogMessage(text) : cardMessageResponse(text);
    }
    const values = readCardValues(view.form, data, state.z);
    let result: Awaited<ReturnType<typeof handler.submit>>;
    try {
      result = await handler.submit(turn, { values, state, surface });
    } catch (error) {
      // Refused (the permission model, or a state that forbids it): said to this person only.
      const text = refusalText(error, state.l);
      if (text !== null) return surface === "dialog" ? dialogMessage(text) : cardMessageResponse(text);
      ctx.logger.error({ err: error, form: view.form.id }, "a Teams form could not be saved");
      result = { kind: "errors", errors: onFirstField(view.form, t(state.l, "breach.error.unexpected")) };
    }
    if (result.kind === "errors") {
      const shown = { ...view, form: formWithValues(view.form, values, result.labels) };
      // Rendered in the zone the inputs were read in, so what was typed is shown unchanged.
      const card = renderFormCard(shown.form, {
        surface,
        timezone: state.z,
        errors: result.errors,
        lookupChoices: view.lookupChoices,
      });
      return surface === "dialog" ? dialogResponse(view.form.title, card) : cardResponse(card);
    }
    if (surface === "card")
      return result.card ? cardResponse(result.card) : cardMessageResponse(result.message ?? "");
    if (result.dialog) {
      const card = renderFormCard(result.dialog, { surface: "dialog", timezone: state.z });
      return dialogResponse(result.dialog.title, card);
    }
    return result.message ? dialogMessage(result.message) : dialogClosed;
  }

  async function onCardAction(turn: TeamsTurn, value: Data): Promise<InvokeResponse> {
    const action = asData(value.action);
    const verb = String(action.verb ?? "");
    const data = asData(action.data);
    if (verb === FORM_SUBMIT_VERB) return submitForm(turn, data, "card");
    if (verb === FORM_CANCEL_VERB) {
      const handler = registry.forms.get(String(data.form ?? ""));
      const state = decodeDialogState(data.state);
      if (handler?.cancel && state) {
        try {
          return cardResponse(await handler.cancel(turn, state));
        } catch (error) {
          const text = refusalText(error, state.l);
          if (text === null) throw error;
          return cardMessageResponse(text);
        }
      }
      return cardMessageResponse(t(await ctx.language(turn), "teams.formExpired"));
    }
    const handler = registry.verbs.get(verb);
    if (!handler) return cardMessageResponse(t(await ctx.language(turn), "teams.formExpired"));
    const answer = await handler(turn, data);
    return typeof answer === "string" ? cardMessageResponse(answer) : cardResponse(answer);
  }

  /**
   * A button clicked in a client without Universal Actions arrives as Action.Submit (a message
   * whose value has the verb and the inputs): the same handler answers, and its card replaces the
   * clicked one by updating that activity.
   */
  async function onSubmitFallback(turn: TeamsTurn, value: Data): Promise<void> {
    const { verb, ...data } = value;
    const response = await onCardAction(turn, { action: { verb, data } });
    const body = asData(response.body);
    const clicked = turn.activity.replyToId;
    if (!clicked) return;
    const card =
      body.type === "application/vnd.microsoft.card.adaptive"
        ? (body.value as AdaptiveCard)
        : adaptiveCard([richTextBlock([String(body.value ?? "")])]);
    await ctx.updateCard(turn, clicked, card);
  }

  /** A dialog the person may not open (the permission model) says why, in its place. */
  async function refusedOr(turn: TeamsTurn, open: () => Promise<InvokeResponse>): Promise<InvokeResponse> {
    try {
      return await open();
    } catch (error) {
      const text = refusalText(error, await ctx.language(turn));
      if (text === null) throw error;
      return dialogMessage(text);
    }
  }

  async function onInvoke(turn: TeamsTurn): Promise<InvokeResponse> {
    const value = asData(turn.activity.value);
    switch (turn.activity.name) {
      case "task/fetch": {
        const data = asData(value.data);
        const opener = registry.dialogs.get(String(data.dialog ?? ""));
        return refusedOr(turn, async () => openDialog(turn, opener ? await opener(turn, { data }) : null));
      }
      case "composeExtension/fetchTask": {
        const opener = registry.extensionCommands.get(String(value.commandId ?? ""));
        const prefill = messageText(value.messagePayload);
        return refusedOr(turn, async () =>
          openDialog(turn, opener ? await opener(turn, { data: value, prefill }) : null),
        );
      }
      case "task/submit":
        return submitForm(turn, asData(value.data), "dialog");
      case "composeExtension/submitAction":
        // Answered like a dialog opened by fetchTask, never empty: Microsoft documents
        // `task: { type: "message" }` for these answers (a short message in place of the form), and
        // the Agents Playground rejects an empty one (test/support/agents-playground-answers.ts).
        return submitForm(turn, asData(value.data), "dialog");
      case "adaptiveCard/action":
        return onCardAction(turn, value);
      case "application/search": {
        const search = registry.datasets.get(String(value.dataset ?? ""));
        if (!search) return searchResponse([]);
        const options = asData(value.queryOptions);
        const top = Math.min(Math.max(Number(options.top) || 25, 1), 50);
        const found = await search(turn, String(value.queryText ?? ""), top);
        return searchResponse(found.map((o) => ({ title: o.label, value: o.value })));
      }
      default:
        return badRequest;
    }
  }

  return { onMessage, onInvoke };
}

/** The text of a flow's refusal (a state that forbids the change); null for any other failure. */
export function refusalText(error: unknown, language: Language): string | null {
  return refusalMessage(error, language);
}

function onFirstField(form: Form, message: string): Record<string, string> {
  const first = form.items.find((i) => i.kind !== "info" && i.kind !== "divider");
  return first && "id" in first ? { [first.id]: message } : {};
}

/** The typed text without the bot's @mention (in channels people address the bot by name). */
export function commandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/&nbsp;/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The text of the message a message action was started on (Teams sends it as HTML). */
export function messageText(payload: unknown): string | undefined {
  const body = asData(asData(payload).body);
  const content = typeof body.content === "string" ? body.content : "";
  if (content === "") return undefined;
  const text = body.contentType === "html" ? htmlToText(content) : content;
  return text.trim() || undefined;
}
