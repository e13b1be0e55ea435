// Plain, accessible HTML for the pages people open in a browser (the decision page, error pages):
// every text from the outside (names, purposes, reasons typed by staff) is escaped, so it can never
// become markup or script. No JavaScript.
import type { Language } from "../../domain/ports.ts";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A tagged template: interpolated values are escaped unless they are already `Html`. */
export class Html {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: Array<string | number | Html | Html[]>): Html {
  let out = strings[0]!;
  values.forEach((value, index) => {
    const piece = Array.isArray(value)
      ? value.map((v) => v.value).join("")
      : value instanceof Html
        ? value.value
        : escapeHtml(String(value));
    out += piece + strings[index + 1]!;
  });
  return new Html(out);
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
dt{font-weight:600}dd{margin:0 0 .75rem 0;white-space:pre-wrap}.warning{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fff4f4}
.errors{border:2px solid #b00020;padding:.5rem 1rem}fieldset{margin:1rem 0}textarea{width:100%;min-height:6rem}
button{font-size:1rem;padding:.5rem 1.25rem}label{display:block;margin:.25rem 0}`;

export function page(language: Language, title: string, body: Html): string {
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`.value;
}
