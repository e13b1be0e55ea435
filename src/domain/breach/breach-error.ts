// Why a breach use case refused: a field error for the form, or a state that forbids the change.
import type { MessageKey } from "../i18n/translate.ts";
import { ChatDeliveryError } from "../ports.ts";
import type { FieldErrors } from "./report-input.ts";

/** A refusal the user can act on; `fields` says which form field to show it on. */
export class BreachRefusal<F extends string = string> extends Error {
  readonly key: MessageKey;
  readonly fields: FieldErrors<F>;

  constructor(key: MessageKey, fields: FieldErrors<F> = {}) {
    super(key);
    this.key = key;
    this.fields = fields;
    this.name = "BreachRefusal";
  }
}

/**
 * The bot may not post in that channel (Slack `not_in_channel`, `channel_not_found`): retrying will
 * not help, posting elsewhere and telling someone to add the bot will.
 */
export class ChannelUnavailableError extends ChatDeliveryError {
  readonly channelId: string;
  readonly reason: string;

  constructor(channelId: string, reason: string) {
    super(`cannot post in ${channelId}: ${reason}`, false);
    this.channelId = channelId;
    this.reason = reason;
    this.name = "ChannelUnavailableError";
  }
}
