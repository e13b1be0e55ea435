// Why a sub-processor use case refused: a field error for the form, or a state that forbids it.
import type { FieldErrors } from "../breach/report-input.ts";
import type { MessageKey, Params } from "../i18n/translate.ts";

export class SubprocessorRefusal<F extends string = string> extends Error {
  readonly key: MessageKey;
  readonly fields: FieldErrors<F>;
  readonly params: Params;

  constructor(key: MessageKey, fields: FieldErrors<F> = {}, params: Params = {}) {
    super(key);
    this.key = key;
    this.fields = fields;
    this.params = params;
    this.name = "SubprocessorRefusal";
  }
}
