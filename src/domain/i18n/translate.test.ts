import { describe, expect, it } from "vitest";
import { formatDuration, formatMoneyCents } from "./format.ts";
import { catalogs, t } from "./translate.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalog", () => {
  it("has every key in Dutch and English, none empty", () => {
    expect(Object.keys(catalogs.nl).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const [key, text] of Object.entries(catalogs.nl)) expect(text.trim(), key).not.toBe("");
    for (const [key, text] of Object.entries(catalogs.en)) expect(text.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(catalogs.en) as Array<keyof typeof catalogs.en>) {
      expect(placeholders(catalogs.nl[key]), key).toEqual(placeholders(catalogs.en[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "common.overdue", { duration: "2 h" })).toBe("overdue by 2 h");
    expect(t("nl", "common.overdue", {})).toBe("{duration} te laat");
  });
});

describe("formatting", () => {
  it("formats euro cents per language", () => {
    expect(formatMoneyCents(255_000, "nl")).toMatch(/^€\s?2\.550,00$/);
    expect(formatMoneyCents(255_000, "en")).toBe("€2,550.00");
  });

  it("formats durations in hours and minutes", () => {
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000 + 59_000, "en")).toBe("3 h 20 min");
    expect(formatDuration(45 * 60_000, "nl")).toBe("45 min");
    expect(formatDuration(2 * 3_600_000, "nl")).toBe("2 u");
  });
});
