// Locale-aware formatting of money, instants and durations. Pure: zone and language are inputs.
import { DateTime } from "luxon";
import { LANGUAGES, type Language, LOCALES } from "./languages.ts";
import { t, template } from "./translate.ts";

/** Integer euro cents as currency text: 255000 -> "€ 2.550,00" (nl) or "€2,550.00" (en). */
export function formatMoneyCents(cents: number, language: Language): string {
  return euros[language].format(cents / 100);
}

const euros = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR" }),
  ]),
) as Record<Language, Intl.NumberFormat>;

// Every incident message, reminder and digest shows the same few deadlines again and again, and
// luxon works out a zone's offset through Intl each time (a third of a report's CPU in the ingress
// benchmark). The text of an instant in a zone and language never changes, so it is remembered, per
// minute, the finest unit it shows (every zone's offset today is a whole number of minutes).
const formatted = new Map<string, string>();
const FORMATTED_MAX = 5_000;

/** An instant in the given zone, with the zone's abbreviation so CET and CEST are never confused. */
export function formatDateTime(at: Date, zone: string, language: Language): string {
  const minute = Math.floor(at.getTime() / 60_000);
  const key = `${minute}|${zone}|${language}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const date = DateTime.fromMillis(minute * 60_000, { zone });
    const pattern = template(language, "common.format.dateTime").replace(
      "ZZZZ",
      `'${zoneAbbreviation(date, language)}'`,
    );
    const shown = date.setLocale(LOCALES[language]).toFormat(pattern);
    text = firstOfMonth(shown, date.day, language);
    if (formatted.size >= FORMATTED_MAX) formatted.delete(formatted.keys().next().value as string);
    formatted.set(key, text);
  }
  return text;
}

/**
 * The zone's short name: the locale's own where it has one ("CET", "CEST"), else the British one
 * for the same zone, since French locales name Brussels time only by its offset ("UTC+1"), which
 * hides the switch between winter and summer time that a deadline may straddle.
 */
function zoneAbbreviation(date: DateTime, language: Language): string {
  const own = date.setLocale(LOCALES[language]).offsetNameShort ?? "";
  if (own && !/^(UTC|GMT)[+-−]/.test(own)) return own;
  const british = date.setLocale("en-GB").offsetNameShort ?? "";
  return /^[A-Z]{2,5}$/.test(british) ? british : own || date.toFormat("ZZ");
}

export function formatDate(at: Date, zone: string, language: Language): string {
  const date = DateTime.fromJSDate(at, { zone });
  const text = date.setLocale(LOCALES[language]).toFormat(template(language, "common.format.date"));
  return firstOfMonth(text, date.day, language);
}

/** French writes the first day of a month as an ordinal ("1er mai"), which no date format can say. */
function firstOfMonth(text: string, day: number, language: Language): string {
  return language === "fr" && day === 1 ? text.replace(/(^|\s)1(?=\s)/, "$11er") : text;
}

/** A duration rounded down to minutes: "3 h 20 min" / "3 u 20 min"; days shown as hours. */
export function formatDuration(ms: number, language: Language): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(t(language, "common.hours.short", { n: hours }));
  if (minutes > 0 || hours === 0) parts.push(t(language, "common.minutes.short", { n: minutes }));
  return parts.join(" ");
}
