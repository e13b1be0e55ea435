import { describe, expect, it } from "vitest";
import { richTextBlock } from "./rich-text.ts";

type Element = { type: string; items?: Element[]; inlines?: Array<{ text: string }> };
const blocksOf = (element: Element): Element[] => (element.type === "Container" ? element.items! : [element]);
const textOf = (element: Element) =>
  blocksOf(element)
    .map((b) => b.inlines!.map((run) => run.text).join(""))
    .join("\n");

describe("rich text as Adaptive Card blocks", () => {
  it("keeps one block per line", () => {
    expect(textOf(richTextBlock(["first\nsecond"]) as Element)).toBe("first\nsecond");
  });

  it("keeps typed blank lines one at a time, so they cannot blow up the card", () => {
    const element = richTextBlock([`a${"\r\n\t\u000b\f".repeat(1000)}b`]) as Element;
    expect(blocksOf(element).length).toBeLessThanOrEqual(3);
    expect(textOf(element).startsWith("a")).toBe(true);
    expect(textOf(element).endsWith("b")).toBe(true);
  });

  it("runs thousands of short lines on in the last block, losing none of their text", () => {
    const element = richTextBlock(
      [Array.from({ length: 3000 }, (_, i) => `l${i}`).join("\n")],
      {},
      100_000,
    ) as Element;
    const blocks = blocksOf(element);
    expect(blocks.length).toBe(60);
    expect(JSON.stringify(element).length).toBeLessThan(80_000);
    expect(textOf(element)).toContain("l2999");
    expect(textOf(element)).toContain("l59 l60");
  });
});
