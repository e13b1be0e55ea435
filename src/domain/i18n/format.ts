// Locale-aware formatting of money, instants and durations. Pure: zone and language are inputs.
import { DateTime } from "luxon";
import type { Language } from "../ports.ts";
import { t } from "./translate.ts";

const locales: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };

/** Integer euro cents as currency text: 255000 -> "€ 2.550,00" (nl) or "€2,550.00" (en). */
export function formatMoneyCents(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** An instant in the given zone, with the zone's abbreviation so CET and CEST are never confused. */
export function formatDateTime(at: Date, zone: string, language: Language): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(locales[language]).toFormat("ccc d LLL yyyy HH:mm ZZZZ");
}

export function formatDate(at: Date, zone: string, language: Language): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(locales[language]).toFormat("d LLL yyyy");
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
