// The neutral message model as an Adaptive Card 1.5. Buttons are Action.Execute (Universal
// Actions): Teams sends an adaptiveCard/action invoke with the verb (the button's actionId) and
// its value, and the answer may replace the card in place. Text is RichTextBlocks of TextRuns
// (never Markdown, see rich-text.ts). Limits are checked here.
import type { Block, Button, Message } from "../../messages/model.ts";
import { type AdaptiveCard, adaptiveCard, type CardElement } from "./card.ts";
import { assertCardSize, assertWithin, fitPlain, TEAMS_LIMITS as L } from "./limits.ts";
import { richTextBlock, styledBlock } from "./rich-text.ts";

export function renderMessageCard(message: Message): AdaptiveCard {
  const body: CardElement[] = [];
  let separate = false;
  for (const block of message.blocks) {
    if (block.type === "divider") {
      separate = true;
      continue;
    }
    const element = renderBlock(block);
    if (separate) element.separator = true;
    separate = false;
    body.push(element);
  }
  const card = adaptiveCard(body);
  if (message.refresh) {
    // Without userIds Teams refreshes automatically for everyone in chats and channels of up to
    // 60 people (a personal chat always); in larger ones the card offers a refresh link.
    const data = { value: message.refresh.value };
    assertWithin(`refresh ${message.refresh.actionId} data`, JSON.stringify(data).length, L.actionData);
    card.refresh = { action: { type: "Action.Execute", verb: message.refresh.actionId, data } };
  }
  assertCardSize("message card", card);
  return card;
}

function renderBlock(block: Exclude<Block, { type: "divider" }>): CardElement {
  switch (block.type) {
    case "header":
      return styledBlock([block.text], { size: "Large", weight: "Bolder" });
    case "section":
      return richTextBlock(block.text);
    case "fields":
      // Label and value in one block per field: a FactSet would read its values as Markdown.
      return {
        type: "Container",
        items: block.fields.map(({ label, value }) =>
          richTextBlock([{ bold: `${fitPlain(label, L.choiceTitle)}: ` }, ...value], { spacing: "Small" }),
        ),
      };
    case "context":
      return styledBlock(block.text, { size: "Small", isSubtle: true });
    case "actions":
      assertWithin("buttons in one row", block.buttons.length, L.actionsPerSet);
      return { type: "ActionSet", actions: block.buttons.map(renderButton) };
  }
}

export function renderButton(button: Button): CardElement {
  assertWithin(`button "${button.label}" title`, button.label.length, L.buttonTitle);
  const data = { value: button.value };
  assertWithin(`button ${button.actionId} data`, JSON.stringify(data).length, L.actionData);
  const rendered: CardElement = {
    type: "Action.Execute",
    title: button.label,
    verb: button.actionId,
    data,
    fallback: submitFallback(button.label, button.actionId, data),
  };
  if (button.style) rendered.style = button.style === "primary" ? "positive" : "destructive";
  return rendered;
}

/**
 * For Teams clients without Universal Actions: the same button as Action.Submit, which arrives as
 * a message activity whose value carries the verb (dispatch.ts answers it by updating the card).
 */
export function submitFallback(title: string, verb: string, data: Record<string, unknown>): CardElement {
  return { type: "Action.Submit", title, data: { ...data, verb } };
}
