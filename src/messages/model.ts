// One neutral message model for every platform. The domain builds these; the Slack adapter renders
// Block Kit and the Teams adapter Adaptive Cards, each enforcing its own platform's limits there.
//
// User-supplied text always travels as a plain string span: renderers escape it, so a mention or
// `<!channel>` typed into a form is shown as text and never pings anyone.

/** A piece of inline text. Strings are literal text (escaped when rendered). */
export type Span =
  | string
  | { bold: string }
  | { italic: string }
  | { code: string }
  | { link: string; label: string }
  /** An instant, shown in the reader's local time where the platform can (Slack `<!date^...>`). */
  | { time: Date; style: "datetime" | "date" | "time"; fallback: string };

export type RichText = Span[];

export interface Button {
  /** Identifies the handler (Slack action_id, Teams Action.Execute verb). */
  actionId: string;
  label: string;
  /** Opaque value handed back to the handler, e.g. an incident id. Keep it short (<= 75 chars). */
  value: string;
  style?: "primary" | "danger";
  /** Ask before acting (Slack confirm dialog, Teams: a dialog of its own). */
  confirm?: { title: string; text: string; confirm: string; deny: string };
}

export type Block =
  | { type: "header"; text: string }
  | { type: "section"; text: RichText }
  | { type: "fields"; fields: Array<{ label: string; value: RichText }> }
  | { type: "context"; text: RichText }
  | { type: "divider" }
  | { type: "actions"; buttons: Button[] };

export interface Message {
  /** Plain-text summary: notifications, screen readers, clients that show no blocks. */
  summary: string;
  blocks: Block[];
  /**
   * Rebuilt from the current state each time it is shown, where the platform can (Teams: the
   * card's Universal Actions `refresh`, answered by the handler of `actionId`). Slack has no
   * such thing; its messages are updated in place instead.
   */
  refresh?: { actionId: string; value: string };
}

/** Flattens rich text to plain text (summaries, e-mail, logs). */
export function plainText(text: RichText): string {
  return text
    .map((span) => {
      if (typeof span === "string") return span;
      if ("bold" in span) return span.bold;
      if ("italic" in span) return span.italic;
      if ("code" in span) return span.code;
      if ("link" in span) return `${span.label} (${span.link})`;
      return span.fallback;
    })
    .join("");
}
