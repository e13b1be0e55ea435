// The languages the bot speaks: the one list that the message catalogs, the configuration
// (DEFAULT_LANGUAGE), the customer register, the CLI, the chat dialogs and the tests read, and that
// the database enum `Language` must match (a test compares them). Adding a language: README,
// section "Languages".
export const LANGUAGES = ["nl", "en", "fr"] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * The locale whose conventions each language follows for dates, numbers, money and plural rules:
 * Belgian for the languages of Belgium, British English for English (day before month, 24 h).
 */
export const LOCALES: Record<Language, string> = { nl: "nl-BE", en: "en-GB", fr: "fr-BE" };

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** A platform's locale ("fr-BE", "en_US", "nl") as one of our languages, by its primary subtag. */
export function languageOfLocale(locale: string | null | undefined): Language | null {
  const primary = locale?.toLowerCase().split(/[-_.@]/)[0];
  return isLanguage(primary) ? primary : null;
}

/** The languages for an error message or a help text: "nl, en or fr" (`or` in the reader's language). */
export function languageChoices(or = " or "): string {
  const all: readonly string[] = LANGUAGES;
  return all.length === 1 ? all.join("") : `${all.slice(0, -1).join(", ")}${or}${all.at(-1)}`;
}
