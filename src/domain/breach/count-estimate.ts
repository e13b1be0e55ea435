// Bijlage 3, field 6 allows estimates: "120", "100-200", "~500", "< 1000", "500+". People type
// these in Dutch and English and with thousands separators; this turns them into a min/max pair.
import { type Language, LOCALES } from "../i18n/languages.ts";
import type { CountEstimate } from "./incident.ts";

/** Largest count a database integer column holds. */
export const MAX_COUNT = 2_147_483_647;

export const UNKNOWN_COUNT: CountEstimate = { min: null, max: null };

export type CountParseResult =
  | { ok: true; value: CountEstimate }
  | { ok: false; error: "invalid" | "order" | "tooLarge" };

const number = String.raw`(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)`;
const approx = String.raw`(?:~|±|\+\/-|ca\.?|circa|about|approx\.?|approximately|around|ongeveer|zo'?n)`;
const atMost = String.raw`(?:<=?|≤|max\.?|maximum|maximaal|up to|at most|tot|hoogstens|less than|minder dan)`;
const atLeast = String.raw`(?:>=?|≥|min\.?|minimum|minimaal|at least|minstens|more than|meer dan|over)`;

const patterns: Array<[RegExp, (a: number, b?: number) => CountEstimate]> = [
  [new RegExp(`^${number}$`), (a) => ({ min: a, max: a })],
  [new RegExp(`^${approx}\\s*${number}$`, "i"), (a) => ({ min: a, max: a })],
  [
    new RegExp(`^${number}\\s*(?:-|–|—|to|tot|\\.\\.)\\s*${number}$`, "i"),
    (a, b) => ({ min: a, max: b ?? a }),
  ],
  [new RegExp(`^${atMost}\\s*${number}$`, "i"), (a) => ({ min: null, max: a })],
  [new RegExp(`^${atLeast}\\s*${number}$`, "i"), (a) => ({ min: a, max: null })],
  [new RegExp(`^${number}\\s*\\+$`), (a) => ({ min: a, max: null })],
];

const unknownWords = new Set(["", "?", "unknown", "onbekend", "n/a", "nvt", "n.v.t.", "-"]);

export function parseCountEstimate(input: string | null | undefined): CountParseResult {
  const text = (input ?? "").trim().replace(/\s+/g, " ");
  if (unknownWords.has(text.toLowerCase())) return { ok: true, value: UNKNOWN_COUNT };
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const a = toInteger(match[1]!);
    const b = match[2] === undefined ? undefined : toInteger(match[2]);
    if (a > MAX_COUNT || (b ?? 0) > MAX_COUNT) return { ok: false, error: "tooLarge" };
    const value = build(a, b);
    if (value.min !== null && value.max !== null && value.min > value.max)
      return { ok: false, error: "order" };
    return { ok: true, value };
  }
  return { ok: false, error: "invalid" };
}

function toInteger(digits: string): number {
  return Number(digits.replace(/[.,\s\u00a0\u202f]/g, ""));
}

export function isKnownCount(count: CountEstimate): boolean {
  return count.min !== null || count.max !== null;
}

/** For people: "500", "100–200", "≤ 1.000", "≥ 500"; null when unknown. */
export function formatCountEstimate(count: CountEstimate, language: Language): string | null {
  const n = (value: number) => new Intl.NumberFormat(LOCALES[language]).format(value);
  const { min, max } = count;
  if (min !== null && max !== null) return min === max ? n(min) : `${n(min)}–${n(max)}`;
  if (max !== null) return `≤ ${n(max)}`;
  if (min !== null) return `≥ ${n(min)}`;
  return null;
}

/** For prefilling a form: text that parses back to the same estimate. */
export function countEstimateAsInput(count: CountEstimate): string {
  const { min, max } = count;
  if (min !== null && max !== null) return min === max ? String(min) : `${min}-${max}`;
  if (max !== null) return `<=${max}`;
  if (min !== null) return `>=${min}`;
  return "";
}
