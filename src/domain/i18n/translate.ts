// One message catalog per language (catalog/<language>/), assembled from one file per feature.
// English is the source of the keys; every other language is typed against it (catalog-types.ts),
// so a language that lacks a key does not compile. Adding a language: README, "Languages".

import { en } from "./catalog/en/index.ts";
import { fr } from "./catalog/fr/index.ts";
import { nl } from "./catalog/nl/index.ts";
import type { PluralText, Translation } from "./catalog-types.ts";
import { type Language, LOCALES } from "./languages.ts";

export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
/** Every text of the bot in one language. */
export type Catalog = Translation<typeof en>;

export const catalogs: Record<Language, Catalog> = { nl, en, fr };

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of `text` that the language's plural rules choose for `count`, else its general form. */
export function pluralForm(language: Language, text: PluralText, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[language]);
    pluralRules.set(language, rules);
  }
  return text[rules.select(count)] ?? text.other;
}

/**
 * The text for `key` in `language` with its placeholders still in: for a text with plural forms,
 * the form the language's plural rules choose for `params.count`.
 */
export function template(language: Language, key: MessageKey, params: Params = {}): string {
  const text = catalogs[language][key];
  return typeof text === "string" ? text : pluralForm(language, text, Number(params.count ?? Number.NaN));
}

/** The text for `key` in `language`, with `{name}` placeholders filled from `params`. */
export function t(language: Language, key: MessageKey, params: Params = {}): string {
  return template(language, key, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language, for code that renders a whole message. */
export type Translator = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translator {
  return (key, params) => t(language, key, params);
}
