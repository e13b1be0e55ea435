// The shape of a message catalog. English (catalog/en/) is the source: its keys are the message
// keys, and every other language's file for a feature is typed against it, so a missing key, an
// extra key or a plain text where English has plural forms is a type error.

/** Plural forms by the CLDR category Intl.PluralRules selects for `{count}`; `other` is required. */
export type PluralText = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, "other">]?: string;
};

export type Text = string | PluralText;

/**
 * One feature's texts in another language: every key of the English file, nothing else. Where
 * English has plural forms the text has them too (the code passes `{count}`); where English needs
 * none, a language may still have them when the code passes `{count}`.
 */
export type Translation<English extends Record<string, Text>> = {
  readonly [Key in keyof English]: English[Key] extends string ? Text : PluralText;
};
