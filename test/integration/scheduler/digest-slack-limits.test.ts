// The digest and every reminder text through the Slack renderer: within Block Kit's limits however
// many deadlines are open and whatever characters customers' names contain.
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/domain/i18n/languages.ts";
import { buildDigest } from "../../../src/domain/reminders/digest.ts";
import type { OpenDeadline } from "../../../src/domain/reminders/open-deadlines.ts";
import { renderMessage } from "../../../src/forms/slack/render-message.ts";

const now = new Date("2026-03-29T07:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

function textLength(blocks: ReturnType<typeof renderMessage>["blocks"]): number {
  return JSON.stringify(blocks).length;
}

describe("digest on Slack", () => {
  it.each([
    ["plain names", (i: number) => `Customer ${i}`],
    ["names full of characters Slack escapes", (i: number) => `A&B <Holding> & Sons & Daughters & Co ${i}`],
    ["very long names", (i: number) => `${"Vereniging zonder winstoogmerk ".repeat(8)}${i}`],
  ])("renders 1,000 open deadlines with %s within Block Kit's limits", (_label, name) => {
    const items: OpenDeadline[] = Array.from({ length: 1_000 }, (_, i) =>
      i % 3 === 0
        ? {
            kind: "breach.notify",
            reference: `DL-2026-${i}`,
            customerName: name(i),
            deadline: hours(i - 500),
          }
        : i % 3 === 1
          ? {
              kind: "request",
              reference: `VZ-2026-${i}`,
              customerName: name(i),
              requestType: "erasure",
              forwardDueAt: hours(i - 600),
              deadline: hours(i + 700),
              extended: false,
            }
          : { kind: "retention", customerName: name(i), dueAt: hours(i) },
    );
    for (const language of LANGUAGES) {
      const message = buildDigest(items, now, { language, timezone: "Europe/Brussels", variant: "daily" });
      const rendered = renderMessage(message); // throws over a limit
      expect(rendered.blocks.length).toBeLessThanOrEqual(50);
      for (const block of rendered.blocks) {
        if (block.type === "section" && block.text) {
          expect(block.text.text.length).toBeLessThanOrEqual(3000);
          expect(block.text.text.endsWith("…")).toBe(false); // nothing cut mid-line
        }
      }
      expect(textLength(rendered.blocks)).toBeLessThan(40_000);
      expect(JSON.stringify(rendered.blocks)).toMatch(/… (and|en nog|et) \d+/);
    }
  });
});
