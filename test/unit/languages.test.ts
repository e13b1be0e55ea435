// The one list of languages (src/domain/i18n/languages.ts) and everything that must follow it:
// the database enum, the message catalogs and the Teams app's localizations.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALES } from "../../src/domain/i18n/languages.ts";
import { catalogs } from "../../src/domain/i18n/translate.ts";
import { Language as DatabaseLanguage } from "../../src/generated/prisma/enums.ts";

describe("the languages the bot speaks", () => {
  it("are the database's enum Language, in the same order", () => {
    expect(Object.values(DatabaseLanguage)).toEqual([...LANGUAGES]);
    const schema = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
    const block = /enum Language \{([^}]*)\}/.exec(schema)?.[1] ?? "";
    expect(block.trim().split(/\s+/)).toEqual([...LANGUAGES]);
  });

  it("each have a catalog and a locale the runtime knows", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(Intl.NumberFormat.supportedLocalesOf([LOCALES[language]])).toEqual([LOCALES[language]]);
      expect(LOCALES[language].split("-")[0]).toBe(language);
    }
  });
});
