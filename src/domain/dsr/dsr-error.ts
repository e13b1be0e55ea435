// Why a request use case refused: a field error for the form, or a state that forbids the change.
import type { MessageKey, Params } from "../i18n/translate.ts";

export type FieldErrors<F extends string> = Partial<Record<F, MessageKey>>;

export class RequestRefusal<F extends string = string> extends Error {
  readonly key: MessageKey;
  readonly fields: FieldErrors<F>;
  /** Filled into the text, e.g. the customer's name in "no contact" refusals. */
  readonly params: Params;

  constructor(key: MessageKey, fields: FieldErrors<F> = {}, params: Params = {}) {
    super(key);
    this.key = key;
    this.fields = fields;
    this.params = params;
    this.name = "RequestRefusal";
  }
}
