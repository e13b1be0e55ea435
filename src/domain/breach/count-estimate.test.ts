import { describe, expect, it } from "vitest";
import { countEstimateAsInput, formatCountEstimate, parseCountEstimate } from "./count-estimate.ts";

describe("parseCountEstimate", () => {
  it.each([
    ["120", 120, 120],
    ["  120 ", 120, 120],
    ["1.000", 1000, 1000],
    ["1,000,000", 1_000_000, 1_000_000],
    ["1 000", 1000, 1000],
    ["100-200", 100, 200],
    ["100 – 200", 100, 200],
    ["100 tot 200", 100, 200],
    ["100 to 200", 100, 200],
    ["~500", 500, 500],
    ["± 500", 500, 500],
    ["ca. 500", 500, 500],
    ["ongeveer 500", 500, 500],
    ["< 1000", null, 1000],
    ["<=1000", null, 1000],
    ["max 1.000", null, 1000],
    ["up to 1000", null, 1000],
    ["> 500", 500, null],
    ["500+", 500, null],
    ["at least 500", 500, null],
    ["minstens 500", 500, null],
    ["", null, null],
    ["onbekend", null, null],
    ["unknown", null, null],
  ])("%j -> %s..%s", (input, min, max) => {
    expect(parseCountEstimate(input)).toEqual({ ok: true, value: { min, max } });
  });

  it.each([
    ["lots", "invalid"],
    ["-5", "invalid"],
    ["12.5", "invalid"],
    ["100-", "invalid"],
    ["200-100", "order"],
    ["99999999999", "tooLarge"],
    ["1-99999999999", "tooLarge"],
  ])("rejects %j (%s)", (input, error) => {
    expect(parseCountEstimate(input)).toEqual({ ok: false, error });
  });

  it("formats per language and round-trips through the form", () => {
    expect(formatCountEstimate({ min: 1000, max: 2000 }, "nl")).toBe("1.000–2.000");
    expect(formatCountEstimate({ min: 1000, max: 2000 }, "en")).toBe("1,000–2,000");
    expect(formatCountEstimate({ min: null, max: 1000 }, "en")).toBe("≤ 1,000");
    expect(formatCountEstimate({ min: 5, max: null }, "en")).toBe("≥ 5");
    expect(formatCountEstimate({ min: null, max: null }, "en")).toBeNull();
    for (const value of [
      { min: 7, max: 7 },
      { min: 1, max: 9 },
      { min: null, max: 9 },
      { min: 9, max: null },
      { min: null, max: null },
    ]) {
      expect(parseCountEstimate(countEstimateAsInput(value))).toEqual({ ok: true, value });
    }
  });
});
