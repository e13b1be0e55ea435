// Rich text to Slack mrkdwn. Every literal string is escaped (&, <, >), so a mention or <!channel>
// typed into a form is shown as text and never pings; instants use Slack's <!date^...> so each
// reader sees local time without the message being edited.
import type { RichText, Span } from "../../messages/model.ts";

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const dateTokens = {
  datetime: "{date_short_pretty} {time}",
  date: "{date_short_pretty}",
  time: "{time}",
} as const;

function renderSpan(span: Span): string {
  if (typeof span === "string") return escapeMrkdwn(span);
  if ("bold" in span) return wrap("*", span.bold);
  if ("italic" in span) return wrap("_", span.italic);
  if ("code" in span) return `\`${escapeMrkdwn(span.code.replace(/`/g, "'"))}\``;
  if ("link" in span)
    return `<${encodeURI(span.link).replace(/[|>]/g, encodeURIComponent)}|${escapeMrkdwn(span.label)}>`;
  const unix = Math.floor(span.time.getTime() / 1000);
  return `<!date^${unix}^${dateTokens[span.style]}|${escapeMrkdwn(span.fallback).replace(/\|/g, "/")}>`;
}

// Formatting marks only work around non-blank text; blank emphasis would show the raw marks.
function wrap(mark: string, text: string): string {
  const trimmed = text.trim();
  return trimmed === "" ? escapeMrkdwn(text) : `${mark}${escapeMrkdwn(trimmed)}${mark}`;
}

/**
 * Renders rich text within `limit` characters. When it does not fit, the plain string where the
 * limit falls is cut (never an escape sequence or a date token) and an ellipsis marks the cut.
 */
export function renderRichText(text: RichText, limit: number): string {
  let out = "";
  for (const span of text) {
    const piece = renderSpan(span);
    if (out.length + piece.length <= limit) {
      out += piece;
      continue;
    }
    const room = limit - out.length - 1;
    // Full to the last character already: no room for the "…" either, so the text ends as it is.
    if (room < 0) return out;
    if (typeof span === "string") out += escapedPrefix(span, room);
    return `${out}…`;
  }
  return out;
}

function escapedPrefix(text: string, room: number): string {
  let out = "";
  for (const char of text) {
    const escaped = escapeMrkdwn(char);
    if (out.length + escaped.length > room) break;
    out += escaped;
  }
  return out;
}
