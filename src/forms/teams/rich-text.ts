// Rich text as an Adaptive Card RichTextBlock of TextRuns. A TextRun is never read as Markdown, so
// whatever people typed (`**`, `[link](…)`, `<at>`) is shown exactly as typed and cannot format,
// link or mention; bold, italics, code and links come only from the domain's own spans. Instants
// are shown in TIMEZONE with their zone abbreviation (the span's fallback).
import type { RichText, Span } from "../../messages/model.ts";
import type { CardElement } from "./card.ts";
import { TEAMS_LIMITS as L } from "./limits.ts";

function run(span: Span): CardElement {
  if (typeof span === "string") return { type: "TextRun", text: span };
  if ("bold" in span) return { type: "TextRun", text: span.bold, weight: "Bolder" };
  if ("italic" in span) return { type: "TextRun", text: span.italic, italic: true };
  if ("code" in span) return { type: "TextRun", text: span.code, fontType: "Monospace" };
  if ("link" in span) {
    return { type: "TextRun", text: span.label, selectAction: { type: "Action.OpenUrl", url: span.link } };
  }
  return { type: "TextRun", text: span.fallback };
}

/** Runs within `limit` characters in all; the run where the limit falls is cut and marked "…". */
export function textRuns(text: RichText, limit: number = L.textBlock): CardElement[] {
  const runs: CardElement[] = [];
  let used = 0;
  for (const span of text) {
    const rendered = run(span);
    const chars = Array.from(String(rendered.text));
    if (chars.length === 0) continue;
    if (used + chars.length <= limit) {
      runs.push(rendered);
      used += chars.length;
      continue;
    }
    const room = limit - used - 1;
    if (room > 0) runs.push({ ...rendered, text: `${chars.slice(0, room).join("")}…` });
    else runs.push({ type: "TextRun", text: "…" });
    break;
  }
  return runs;
}

/**
 * Runs as paragraphs: a line break inside a TextRun is not rendered alike by every Teams client, so
 * each line becomes its own RichTextBlock (in a Container when there are several).
 */
export function richTextBlock(
  text: RichText,
  extra: CardElement = {},
  limit?: number,
  style: CardElement = {},
): CardElement {
  const lines: CardElement[][] = [[]];
  for (const run of textRuns(text, limit)) {
    for (const [i, part] of String(run.text).split("\n").entries()) {
      if (i > 0) lines.push([]);
      if (part !== "") lines.at(-1)!.push({ ...style, ...run, text: part });
    }
  }
  const blocks = lines
    .filter((line, i) => line.length > 0 || i === 0)
    .map((inlines) => ({
      type: "RichTextBlock",
      inlines: inlines.length > 0 ? inlines : [{ type: "TextRun", text: " " }],
    }));
  if (blocks.length === 1) return { ...blocks[0]!, ...extra };
  return {
    type: "Container",
    items: blocks.map((b, i) => (i > 0 ? { ...b, spacing: "None" } : b)),
    ...extra,
  };
}

/** The same runs styled as a block: size, colour and subtlety apply to each run. */
export function styledBlock(text: RichText, style: CardElement, extra: CardElement = {}): CardElement {
  return richTextBlock(text, extra, undefined, style);
}
