// Every refusal a use case can throw, in words: the permission model's (which role would allow it)
// and each flow's own (a state that forbids the change). Front doors show it privately to the
// person who acted; anything else is an unexpected failure, logged and not shown.
import { AccessRefusal } from "./access/access-control.ts";
import { refusalText } from "./access/refusal-text.ts";
import { BreachRefusal } from "./breach/breach-error.ts";
import { RequestRefusal } from "./dsr/dsr-error.ts";
import { t } from "./i18n/translate.ts";
import type { Language } from "./ports.ts";
import { SubprocessorRefusal } from "./subprocessor/subprocessor-error.ts";

export function refusalMessage(error: unknown, language: Language): string | null {
  if (error instanceof AccessRefusal) return refusalText(language, error);
  if (error instanceof BreachRefusal) return t(language, error.key);
  if (error instanceof RequestRefusal) return t(language, error.key, error.params);
  if (error instanceof SubprocessorRefusal) return t(language, error.key, error.params);
  return null;
}
