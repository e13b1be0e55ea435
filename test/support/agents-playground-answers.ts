// What the Agents Playground's page accepts as the bot's answer to an invoke, as its client code
// checks it (@microsoft/m365agentsplayground 0.2.28, dist/client): anything else it shows as an
// error in place of the dialog or under the card. Teams accepts more (an empty answer to a dialog
// submit closes it silently; a message in answer to fetchTask); our answers stay inside both.

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON of any shape
type Json = Record<string, any>;

const ADAPTIVE = "application/vnd.microsoft.card.adaptive";
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A dialog with an Adaptive Card (never a web view, which the playground does not show). */
function continueWithCard(task: unknown): boolean {
  return (
    isObject(task) &&
    task.type === "continue" &&
    isObject(task.value) &&
    task.value.url === undefined &&
    isObject(task.value.card) &&
    task.value.card.contentType === ADAPTIVE
  );
}

/** composeExtension/fetchTask: only a dialog to show. */
export function acceptedFetchTaskAnswer(body: unknown): boolean {
  return isObject(body) && continueWithCard(body.task);
}

/**
 * composeExtension/submitAction: cards for the compose box, or a dialog, or a message shown in the
 * dialog (`task: { type: "message" }`, which Microsoft documents for fetchTask and so for a submit).
 */
export function acceptedSubmitActionAnswer(body: unknown): boolean {
  if (!isObject(body)) return false;
  if ("composeExtension" in body) {
    const result = body.composeExtension;
    return isObject(result) && result.type === "result" && Array.isArray(result.attachments);
  }
  const task = body.task;
  return (
    continueWithCard(task) || (isObject(task) && task.type === "message" && typeof task.value === "string")
  );
}

/** adaptiveCard/action (Action.Execute): a card in place of the clicked one, or a message under it. */
export function acceptedCardActionAnswer(body: unknown): boolean {
  if (!isObject(body)) return false;
  if (body.type === ADAPTIVE) return isObject(body.value);
  if (body.type === "application/vnd.microsoft.activity.message") return typeof body.value === "string";
  return false;
}
