// The neutral message model as Block Kit. Limits are enforced here: people's text is shortened to
// fit, anything else over a limit throws (a bug to fix, not a message to lose silently at Slack).
import type { ActionsBlock, KnownBlock, MrkdwnElement, Button as SlackButton } from "@slack/types";
import type { Block, Button, Message } from "../../messages/model.ts";
import { assertWithin, fitPlain, SLACK_LIMITS as L } from "./limits.ts";
import { escapeMrkdwn, renderRichText } from "./mrkdwn.ts";

export interface SlackMessage {
  /** Fallback and notification text. */
  text: string;
  blocks: KnownBlock[];
}

export function renderMessage(message: Message): SlackMessage {
  const blocks = renderBlocks(message.blocks);
  assertWithin("message blocks", blocks.length, L.messageBlocks);
  assertWithin("message text in blocks", textLength(blocks), L.messageText);
  return { text: renderRichText([message.summary], L.sectionText), blocks };
}

/** Blocks for any surface (messages and modal bodies). */
export function renderBlocks(blocks: Block[]): KnownBlock[] {
  return blocks.map(renderBlock);
}

// verbatim: Slack must not auto-link names or parse mentions in text that people typed.
const mrkdwn = (text: string): MrkdwnElement => ({ type: "mrkdwn", text, verbatim: true });

function renderBlock(block: Block): KnownBlock {
  switch (block.type) {
    case "header":
      return {
        type: "header",
        text: { type: "plain_text", text: fitPlain(block.text, L.headerText), emoji: true },
      };
    case "section":
      return { type: "section", text: mrkdwn(renderRichText(block.text, L.sectionText)) };
    case "fields": {
      assertWithin("section fields", block.fields.length, L.sectionFields);
      return {
        type: "section",
        fields: block.fields.map(({ label, value }) => {
          const head = `*${escapeMrkdwn(label)}*\n`;
          return mrkdwn(head + renderRichText(value, L.fieldText - head.length));
        }),
      };
    }
    case "context":
      return { type: "context", elements: [mrkdwn(renderRichText(block.text, L.contextText))] };
    case "divider":
      return { type: "divider" };
    case "actions":
      return renderActions(block.buttons);
  }
}

function renderActions(buttons: Button[]): ActionsBlock {
  assertWithin("action buttons", buttons.length, L.actionsElements);
  return { type: "actions", elements: buttons.map(renderButton) };
}

export function renderButton(button: Button): SlackButton {
  assertWithin(`button "${button.label}" text`, button.label.length, L.buttonText);
  assertWithin(`button ${button.actionId} value`, button.value.length, L.buttonValue);
  assertWithin("action_id", button.actionId.length, L.actionId);
  const rendered: SlackButton = {
    type: "button",
    action_id: button.actionId,
    text: { type: "plain_text", text: button.label, emoji: true },
    value: button.value,
  };
  if (button.style) rendered.style = button.style;
  if (button.confirm) {
    const { title, text, confirm, deny } = button.confirm;
    rendered.confirm = {
      title: { type: "plain_text", text: fitPlain(title, L.confirmTitle) },
      text: { type: "plain_text", text: fitPlain(text, L.confirmText) },
      confirm: { type: "plain_text", text: fitPlain(confirm, L.confirmButton) },
      deny: { type: "plain_text", text: fitPlain(deny, L.confirmButton) },
    };
  }
  return rendered;
}

/** Sum of every text in the blocks: Slack refuses long totals (msg_blocks_too_long). */
function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textLength(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) => sum + (key === "text" && typeof item === "string" ? item.length : textLength(item)),
    0,
  );
}
