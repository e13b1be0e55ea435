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
  const blocks = fewLines(lines)
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

/**
 * Every line is a block of its own, and a block costs some 60 bytes of card: typed text of blank
 * lines, or thousands of short ones, would take a card past Teams' size limit long before its
 * characters do. Blank lines (whitespace only) are kept one at a time, and past MAX_LINES the rest
 * of the text runs on in the last line.
 */
const MAX_LINES = 60;

function fewLines(lines: CardElement[][]): CardElement[][] {
  const blank = (line: CardElement[]) => line.every((run) => String(run.text).trim() === "");
  const kept: CardElement[][] = [];
  for (const line of lines) {
    if (blank(line) && kept.length > 0 && blank(kept.at(-1)!)) continue;
    kept.push(blank(line) ? [] : line);
  }
  if (kept.length <= MAX_LINES) return kept;
  const rest = kept.slice(MAX_LINES - 1).filter((line) => !blank(line));
  const last = rest.flatMap((line, i) => (i === 0 ? line : [{ type: "TextRun", text: " " }, ...line]));
  return [...kept.slice(0, MAX_LINES - 1), joinAlike(last)];
}

/** Neighbouring runs of the same style as one run: a run costs bytes of its own too. */
function joinAlike(runs: CardElement[]): CardElement[] {
  const styleOf = (run: CardElement) => JSON.stringify({ ...run, text: undefined });
  const joined: CardElement[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (previous && styleOf(previous) === styleOf(run)) previous.text = `${previous.text}${run.text}`;
    else joined.push({ ...run });
  }
  return joined;
}

/** The same runs styled as a block: size, colour and subtlety apply to each run. */
export function styledBlock(text: RichText, style: CardElement, extra: CardElement = {}): CardElement {
  return richTextBlock(text, extra, undefined, style);
}
