// The language of an answer nobody chose a language for (an error, an unknown address): the
// browser's Accept-Language among the bot's languages, else DEFAULT_LANGUAGE.
import type { Request } from "express";
import { LANGUAGES, type Language } from "../domain/i18n/languages.ts";

export function requestLanguage(req: Request, fallback: Language): Language {
  if (!req.headers["accept-language"]) return fallback;
  try {
    // The fallback first: `*` or equal preferences pick it.
    const chosen = req.acceptsLanguages(fallback, ...LANGUAGES.filter((language) => language !== fallback));
    return LANGUAGES.find((language) => language === chosen) ?? fallback;
  } catch {
    return fallback;
  }
}
