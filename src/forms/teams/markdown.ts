// Rich text to the Markdown subset Adaptive Cards render in Teams. Every literal string is escaped,
// so text typed into a form (`**`, `[link](…)`, `<at>`) is shown as typed and never formats or
// mentions anyone. Instants are shown in TIMEZONE with their zone abbreviation (the fallback text).
import type { RichText, Span } from "../../messages/model.ts";

const SPECIAL = /[\\`*_{}[\]()#+\-.!|>~<]/g;

export function escapeMarkdown(text: string): string {
  // Line breaks in a TextBlock need a blank line in Markdown; keep people's line breaks visible.
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\n/g, "\n\n");
}

function renderSpan(span: Span): string {
  if (typeof span === "string") return escapeMarkdown(span);
  if ("bold" in span) return wrap("**", span.bold);
  if ("italic" in span) return wrap("_", span.italic);
  // No inline code in Teams' card Markdown: shown as literal text.
  if ("code" in span) return escapeMarkdown(span.code);
  if ("link" in span)
    return `[${escapeMarkdown(span.label)}](${encodeURI(span.link).replace(/[()]/g, encodeURIComponent)})`;
  return escapeMarkdown(span.fallback);
}

function wrap(mark: string, text: string): string {
  const trimmed = text.trim();
  return trimmed === "" ? escapeMarkdown(text) : `${mark}${escapeMarkdown(trimmed)}${mark}`;
}

/** Renders within `limit` characters, cutting only a plain string (never a mark) and adding "…". */
export function renderMarkdown(text: RichText, limit: number): string {
  let out = "";
  for (const span of text) {
    const piece = renderSpan(span);
    if (out.length + piece.length <= limit) {
      out += piece;
      continue;
    }
    if (typeof span === "string") {
      for (const char of span) {
        const escaped = escapeMarkdown(char);
        if (out.length + escaped.length > limit - 1) break;
        out += escaped;
      }
    }
    return `${out}…`;
  }
  return out;
}
