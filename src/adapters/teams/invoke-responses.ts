// The answers Teams expects to its invokes, in one place: a dialog to show (task/fetch,
// task/submit, composeExtension/fetchTask|submitAction), a card in place of the one clicked
// (adaptiveCard/action), typeahead results (application/search).
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard, cardAttachment } from "../../forms/teams/card.ts";

export interface InvokeResponse {
  status: number;
  body?: unknown;
}

export function dialogResponse(title: string, card: AdaptiveCard): InvokeResponse {
  return {
    status: 200,
    body: {
      task: {
        type: "continue",
        value: { title, width: "large", height: "large", card: cardAttachment(card) },
      },
    },
  };
}

/** Closes the dialog with a short message shown to the user. */
export function dialogMessage(text: string): InvokeResponse {
  return { status: 200, body: { task: { type: "message", value: text } } };
}

/**
 * Closes a dialog opened by a card button (task/submit) silently. Not for a message extension's
 * dialog: the Agents Playground rejects an empty answer to composeExtension/submitAction.
 */
export const dialogClosed: InvokeResponse = { status: 200 };

export function cardResponse(card: AdaptiveCard): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card } };
}

export function cardMessageResponse(text: string): InvokeResponse {
  return {
    status: 200,
    body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text },
  };
}

export function searchResponse(results: Array<{ title: string; value: string }>): InvokeResponse {
  return {
    status: 200,
    body: { type: "application/vnd.microsoft.search.searchResponse", value: { results } },
  };
}

export const badRequest: InvokeResponse = { status: 400 };
