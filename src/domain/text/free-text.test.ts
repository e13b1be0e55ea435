// Which characters a free-text field refuses: C0 controls (a multi-line field keeps tab and line
// breaks), DEL, C1 controls and the bidi controls; everything else, emoji and accents included, is
// kept as typed. Checked against a reference written per code point, on random text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freeTextError, trimmedText } from "./free-text.ts";

/** The rule spelled out per code point. */
function reference(value: string, shape: "line" | "lines"): string | null {
  const codes = Array.from(value, (c) => c.codePointAt(0)!);
  const breaks = [0x09, 0x0a, 0x0d];
  const control = (c: number) =>
    (c <= 0x1f && !breaks.includes(c)) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069);
  if (codes.some(control)) return "common.error.controlCharacters";
  if (shape === "line" && codes.some((c) => breaks.includes(c))) return "common.error.lineBreaks";
  return null;
}

describe("freeTextError", () => {
  it.each([
    ["Marie Dubois", "line", null],
    ["Zoë, Łukasz & 田中 😀👩‍👩‍👧", "line", null],
    ["NUL\u0000inside", "line", "common.error.controlCharacters"],
    ["NUL\u0000inside", "lines", "common.error.controlCharacters"],
    ["bell\u0007", "lines", "common.error.controlCharacters"],
    ["escape \u001b[31m red", "lines", "common.error.controlCharacters"],
    ["DEL\u007f", "lines", "common.error.controlCharacters"],
    ["C1\u0085", "lines", "common.error.controlCharacters"],
    ["\u202etxet desrever", "lines", "common.error.controlCharacters"],
    ["vertical\u000btab", "lines", "common.error.controlCharacters"],
    ["first line\nsecond\r\n\tindented", "lines", null],
    ["first line\nsecond", "line", "common.error.lineBreaks"],
    ["a\ttab", "line", "common.error.lineBreaks"],
    ["carriage\rreturn", "line", "common.error.lineBreaks"],
  ] as const)("%j as %s -> %s", (value, shape, error) => {
    expect(freeTextError(value, shape)).toBe(error);
  });

  it("has nothing to say about an empty field", () => {
    expect(freeTextError(null, "line")).toBeNull();
  });

  it("agrees with the rule spelled out per code point, on any text", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
        maxLength: 30,
      }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom("line" as const, "lines" as const), (value, shape) => {
        expect(freeTextError(value, shape)).toBe(reference(value, shape));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("trimmedText", () => {
  it("trims, and keeps nothing of an empty field", () => {
    expect(trimmedText("  Marie \n")).toBe("Marie");
    expect(trimmedText(" \t\n ")).toBeNull();
    expect(trimmedText(null)).toBeNull();
    expect(trimmedText(undefined)).toBeNull();
  });
});
