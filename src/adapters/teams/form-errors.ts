// Domain field errors (catalog keys by field id) as the texts a Teams form shows under its fields.
import type { FieldErrors } from "../../domain/breach/report-input.ts";
import { t } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { FormErrors } from "../../forms/model.ts";

export function translateErrors(errors: FieldErrors<string>, language: Language): FormErrors {
  const result: FormErrors = {};
  for (const [field, key] of Object.entries(errors)) if (key) result[field] = t(language, key);
  return result;
}
