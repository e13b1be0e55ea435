// Catalog texts with rich placeholders: an instant stays an instant (shown in the reader's own time
// zone where the platform can), a reference stays bold, and user-supplied names stay plain strings
// that renderers escape.
import type { RichText, Span } from "../../messages/model.ts";
import { formatDate, formatDateTime } from "../i18n/format.ts";
import { type MessageKey, template } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";

export type RichParam = Span | number;

export function richT(language: Language, key: MessageKey, params: Record<string, RichParam>): RichText {
  const text = template(language, key, typeof params.count === "number" ? { count: params.count } : {});
  const out: RichText = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    const index = match.index ?? 0;
    if (!(name in params)) continue;
    push(out, text.slice(last, index));
    const value = params[name] as RichParam;
    push(out, typeof value === "number" ? String(value) : value);
    last = index + match[0].length;
  }
  push(out, text.slice(last));
  return out;
}

function push(out: RichText, span: Span): void {
  if (span === "") return;
  const previous = out[out.length - 1];
  if (typeof span === "string" && typeof previous === "string") out[out.length - 1] = previous + span;
  else out.push(span);
}

export function timeSpan(at: Date, zone: string, language: Language): Span {
  return { time: at, style: "datetime", fallback: formatDateTime(at, zone, language) };
}

export function dateSpan(at: Date, zone: string, language: Language): Span {
  return { time: at, style: "date", fallback: formatDate(at, zone, language) };
}
