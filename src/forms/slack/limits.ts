// Slack's hard limits (../shared/PLATFORM.md), checked where Block Kit is rendered: text written by
// people is shortened to fit; anything else over a limit is a bug and throws before Slack sees it.
export const SLACK_LIMITS = {
  modalTitle: 24,
  modalButton: 24,
  modalBlocks: 100,
  privateMetadata: 3000,
  callbackId: 255,
  messageBlocks: 50,
  messageText: 12_000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  inputLabel: 2000,
  inputHint: 2000,
  inputMaxLength: 3000,
  placeholder: 150,
  optionText: 75,
  optionValue: 75,
  selectOptions: 100,
  checkboxOptions: 10,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
} as const;

export class SlackLimitError extends Error {
  constructor(what: string, length: number, max: number) {
    super(`${what} is ${length} long; Slack allows at most ${max}`);
    this.name = "SlackLimitError";
  }
}

/** Throws when a text or list the bot itself composes would break a Slack limit. */
export function assertWithin(what: string, length: number, max: number): void {
  if (length > max) throw new SlackLimitError(what, length, max);
}

/**
 * Shortens plain text (people's input) to `max` characters, marking the cut with an ellipsis.
 * Characters as Slack counts a length: UTF-16 code units, so an emoji counts two (counting code
 * points let 2,400 emoji through as 3,800 units, over an input's max_length); a surrogate pair is
 * never split.
 */
export function fitPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
