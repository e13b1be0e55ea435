import { describe, expect, it } from "vitest";
import { suspectLanguage } from "../../../test/support/wrong-language.ts";
import type { PluralText, Text } from "./catalog-types.ts";
import { formatDate, formatDateTime, formatDuration, formatMoneyCents } from "./format.ts";
import { LANGUAGES, type Language, LOCALES, languageOfLocale } from "./languages.ts";
import { catalogs, type MessageKey, pluralForm, t } from "./translate.ts";

const keys = Object.keys(catalogs.en) as MessageKey[];
const forms = (text: Text): string[] => (typeof text === "string" ? [text] : Object.values(text));
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const other = (text: Text): string => (typeof text === "string" ? text : text.other);

/**
 * Texts that may read the same in two languages: units, brand names and words the languages share.
 * Anything else that is identical to another language's text was left untranslated.
 */
const SAME_IN_SOME_LANGUAGES = new Set<MessageKey>([
  "common.format.dateTime", // English and Dutch write instants and dates alike; the words differ
  "common.format.date",
  "common.minutes.short", // "{n} min" everywhere
  "common.hours.short", // "{n} h" in English and French
  "common.colon", // ": " in English and Dutch
  "common.semicolon",
  "digest.separator",
  "breach.authority.short.GBA", // the authority's own abbreviation in English and Dutch
  "breach.authority.short.AP",
  "breach.authority.AP", // the Dutch authority keeps its Dutch name in every language but English
  "breach.field.description", // "Description" in English and French
  "dsr.msg.type", // "Type" in English and French
  "dsr.timeForm.minutes", // "Minutes" in English and French
  "breach.msg.status", // "Status" in English and Dutch
  "dsr.msg.status",
  "dsr.msg.minutes", // "{minutes} min"
  "dsr.via.email", // "e-mail"
  "subprocessor.via.slack", // brand names
  "subprocessor.via.teams",
  "access.role.auditor", // "auditor" in English and Dutch
  "cli.customers.contacts", // "contact(s)" in English and French
  "cli.incidents.status.open", // "open" in English and Dutch
  "cli.subprocessors.status.open",
  "cli.language.setTenant", // "tenant … in …": a Microsoft word, the same in English and Dutch
  "cli.language.setPerson",
  "console.shell.nav.label", // "Console" in English and French
  "console.shell.nav.incidents", // "Incidents" in English and French
  "console.shell.nav.exports", // "Exports" in English and Dutch
]);

/** The categories a language's plural rules choose for the counts the bot shows (0 to 10,000). */
function pluralCategories(language: Language): Set<Intl.LDMLPluralRule> {
  const rules = new Intl.PluralRules(LOCALES[language]);
  const categories = new Set<Intl.LDMLPluralRule>();
  for (let n = 0; n <= 10_000; n++) categories.add(rules.select(n));
  return categories;
}

describe("message catalogs", () => {
  it("have every key in every language, none empty", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(catalogs[language]).sort(), language).toEqual([...keys].sort());
      for (const key of keys) {
        for (const text of forms(catalogs[language][key]))
          expect(text.trim(), `${language} ${key}`).not.toBe("");
      }
    }
  });

  it("use the same placeholders in every language", () => {
    for (const key of keys) {
      const english = placeholders(other(catalogs.en[key]));
      for (const language of LANGUAGES) {
        const text = catalogs[language][key];
        expect(placeholders(other(text)), `${language} ${key}`).toEqual(english);
        // A singular may say "the request" instead of "1 request", never name another placeholder.
        for (const form of forms(text)) {
          for (const name of placeholders(form)) expect(english, `${language} ${key}`).toContain(name);
        }
      }
    }
  });

  it("have every plural form each language's rules choose, where a text has plural forms", () => {
    for (const language of LANGUAGES) {
      const needed = pluralCategories(language);
      for (const key of keys) {
        const text = catalogs[language][key];
        // Where English has plural forms every language has them; a language may have them where
        // English needs none, as long as the code gives the count.
        if (typeof catalogs.en[key] !== "string") expect(typeof text, `${language} ${key}`).toBe("object");
        if (typeof text === "string") continue;
        expect(placeholders(other(catalogs.en[key])), `${language} ${key}`).toContain("count");
        for (const category of needed) expect(text[category], `${language} ${key} ${category}`).toBeTruthy();
      }
    }
  });

  it("have no text left in another language's words", () => {
    const identical: string[] = [];
    const foreign: string[] = [];
    for (const key of keys) {
      for (const language of LANGUAGES) {
        for (const text of forms(catalogs[language][key])) {
          const suspect = suspectLanguage(text, language);
          if (suspect) foreign.push(`${language} ${key} reads as ${suspect}: ${text}`);
        }
        if (SAME_IN_SOME_LANGUAGES.has(key)) continue;
        for (const otherLanguage of LANGUAGES) {
          if (otherLanguage <= language) continue;
          const mine = forms(catalogs[language][key]);
          const theirs = new Set(forms(catalogs[otherLanguage][key]));
          if (mine.some((text) => theirs.has(text)))
            identical.push(`${key}: the same in ${language} and ${otherLanguage}`);
        }
      }
    }
    expect(identical).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it("follow each language's typography", () => {
    // French: a no-break space before : ; ? ! » and after «, never an ordinary one.
    const wrongSpace: Partial<Record<Language, RegExp>> = { fr: / [:;?!»]|« |[^\u00a0\s]»|«[^\u00a0]/ };
    for (const language of LANGUAGES) {
      const rule = wrongSpace[language];
      if (!rule) continue;
      for (const key of keys) {
        for (const text of forms(catalogs[language][key]))
          expect(text, `${language} ${key}`).not.toMatch(rule);
      }
    }
  });

  it("tells a text in another language apart from one in its own", () => {
    expect(
      suspectLanguage("Dit verzoek is te groot om aanvaard te worden. Er is niets gewijzigd.", "en"),
    ).toBe("nl");
    expect(suspectLanguage("This request is too large to be accepted. Nothing was changed.", "nl")).toBe(
      "en",
    );
    expect(
      suspectLanguage("This request is too large to be accepted. Nothing was changed.", "en"),
    ).toBeNull();
    const french = "Cette requête est trop volumineuse pour être acceptée. Rien n'a été modifié.";
    expect(suspectLanguage(french, "en")).toBe("fr");
    expect(suspectLanguage(french, "fr")).toBeNull();
    expect(suspectLanguage("The request is registered; merci.", "fr")).toBe("en");
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "common.overdue", { duration: "2 h" })).toBe("overdue by 2 h");
    expect(t("nl", "common.overdue", {})).toBe("{duration} te laat");
  });

  it("chooses the plural form by the language's rules", () => {
    expect(t("en", "reminders.days", { count: 1 })).toBe("1 day");
    expect(t("en", "reminders.days", { count: 0 })).toBe("0 days");
    expect(t("nl", "reminders.days", { count: 2 })).toBe("2 dagen");
    expect(t("en", "digest.summary", { count: 1, overdue: 0 })).toBe("1 open deadline, 0 overdue");
    expect(t("en", "digest.summary", { count: 3, overdue: 1 })).toBe("3 open deadlines, 1 overdue");
    // French: 0 and 1 are singular; a million has its own category, which falls back to the general form.
    expect(t("fr", "reminders.days", { count: 0 })).toBe("0 jour");
    expect(t("fr", "reminders.days", { count: 1 })).toBe("1 jour");
    expect(t("fr", "reminders.days", { count: 2 })).toBe("2 jours");
    expect(t("fr", "reminders.days", { count: 1_000_000 })).toBe("1000000 jours");
    // Without a count: the general form.
    expect(t("en", "reminders.days", {})).toBe("{count} days");
  });

  it("falls back to the general form when a text has no form of its own for a category", () => {
    const text: PluralText = { other: "{count} things" };
    expect(pluralForm("en", text, 1)).toBe("{count} things");
    expect(pluralForm("en", { one: "one thing", other: "{count} things" }, 1)).toBe("one thing");
  });
});

describe("languages", () => {
  it("reads a platform locale by its primary subtag", () => {
    expect(languageOfLocale("nl-BE")).toBe("nl");
    expect(languageOfLocale("fr-BE")).toBe("fr");
    expect(languageOfLocale("fr_FR.UTF-8")).toBe("fr");
    expect(languageOfLocale("en_US")).toBe("en");
    expect(languageOfLocale("en_GB.UTF-8")).toBe("en");
    expect(languageOfLocale("de-DE")).toBeNull();
    expect(languageOfLocale("C")).toBeNull();
    expect(languageOfLocale(null)).toBeNull();
  });
});

describe("formatting", () => {
  it("formats euro cents per language", () => {
    expect(formatMoneyCents(255_000, "nl")).toMatch(/^€\s?2\.550,00$/);
    expect(formatMoneyCents(255_000, "en")).toBe("€2,550.00");
    // French: a narrow no-break space between thousands, a no-break space before the sign.
    expect(formatMoneyCents(255_000, "fr")).toBe("2\u202f550,00\u00a0€");
  });

  it("formats durations in hours and minutes", () => {
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000 + 59_000, "en")).toBe("3 h 20 min");
    expect(formatDuration(45 * 60_000, "nl")).toBe("45 min");
    expect(formatDuration(2 * 3_600_000, "nl")).toBe("2 u");
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000, "fr")).toBe("3 h 20 min");
  });

  it("writes instants and dates the way each language does", () => {
    const at = new Date("2026-12-03T17:18:00Z");
    expect(formatDateTime(at, "Europe/Brussels", "en")).toBe("Thu 3 Dec 2026 18:18 CET");
    expect(formatDateTime(at, "Europe/Brussels", "nl")).toBe("do 3 dec 2026 18:18 CET");
    expect(formatDateTime(at, "Europe/Brussels", "fr")).toBe("jeudi 3 décembre 2026 à 18:18 CET");
    expect(formatDateTime(new Date("2026-06-03T17:18:00Z"), "Europe/Brussels", "fr")).toBe(
      "mercredi 3 juin 2026 à 19:18 CEST",
    );
    expect(formatDate(at, "Europe/Brussels", "fr")).toBe("3 décembre 2026");
    expect(formatDate(at, "Europe/Brussels", "nl")).toBe("3 dec 2026");
    // The first of the month is an ordinal in French only.
    const first = new Date("2026-05-01T10:00:00Z");
    expect(formatDate(first, "Europe/Brussels", "fr")).toBe("1er mai 2026");
    expect(formatDateTime(first, "Europe/Brussels", "fr")).toBe("vendredi 1er mai 2026 à 12:00 CEST");
    // A zone without a short name anywhere keeps its offset.
    expect(formatDateTime(at, "Asia/Kolkata", "fr")).toBe("jeudi 3 décembre 2026 à 22:48 UTC+5:30");
    expect(formatDate(first, "Europe/Brussels", "en")).toBe("1 May 2026");
    expect(formatDate(new Date("2026-05-11T10:00:00Z"), "Europe/Brussels", "fr")).toBe("11 mai 2026");
  });
});
