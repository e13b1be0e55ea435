// The language the CLI speaks to its operator: their locale as the shell sets it (LC_ALL, then
// LC_MESSAGES, then LANG, the order POSIX gives them), when it is one of the bot's languages;
// English otherwise, so scripts and servers with LANG=C or en_US keep reading what they always did.
import { type Language, languageOfLocale } from "../domain/i18n/languages.ts";

export function operatorLanguage(env: Record<string, string | undefined>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value.trim() !== "");
  return languageOfLocale(locale) ?? "en";
}
