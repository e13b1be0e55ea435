import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { easterSunday, isNonWorkingDay, publicHolidays } from "./holidays.ts";

describe("Easter, computed (Meeus/Jones/Butcher)", () => {
  // Published dates of Easter Sunday.
  it.each([
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
  ])("Easter %i is %i/%i", (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });

  it.each([
    [2025, "2025-04-21"],
    [2026, "2026-04-06"],
    [2027, "2027-03-29"],
    [2030, "2030-04-22"],
  ])("Easter Monday %i (%s) is a holiday in Belgium and the Netherlands", (year, date) => {
    expect(publicHolidays(year, "GBA")).toContain(date);
    expect(publicHolidays(year, "AP")).toContain(date);
  });
});

describe("public holidays per supervisory authority", () => {
  const day = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Brussels" });

  it("has the Belgian national day (21 July) for the GBA, not for the AP", () => {
    expect(isNonWorkingDay(day("2026-07-21"), "GBA")).toBe(true);
    expect(isNonWorkingDay(day("2026-07-21"), "AP")).toBe(false);
  });

  it("has Liberation Day (5 May) and Boxing Day for the AP, not for the GBA", () => {
    expect(isNonWorkingDay(day("2026-05-05"), "AP")).toBe(true);
    expect(isNonWorkingDay(day("2026-05-05"), "GBA")).toBe(false);
    expect(isNonWorkingDay(day("2025-12-26"), "AP")).toBe(true);
    expect(isNonWorkingDay(day("2025-12-26"), "GBA")).toBe(false);
  });

  it("moves King's Day to 26 April when the 27th is a Sunday (2025), else keeps the 27th", () => {
    expect(publicHolidays(2025, "AP")).toContain("2025-04-26");
    expect(publicHolidays(2025, "AP")).not.toContain("2025-04-27");
    expect(publicHolidays(2026, "AP")).toContain("2026-04-27");
  });

  it("has Ascension Day and Whit Monday from Easter (2026: 14 May, 25 May)", () => {
    for (const authority of ["GBA", "AP"] as const) {
      expect(publicHolidays(2026, authority)).toEqual(expect.arrayContaining(["2026-05-14", "2026-05-25"]));
    }
  });

  it("treats weekends as non-working and an ordinary Tuesday as working", () => {
    expect(isNonWorkingDay(day("2026-03-07"), "GBA")).toBe(true);
    expect(isNonWorkingDay(day("2026-03-08"), "AP")).toBe(true);
    expect(isNonWorkingDay(day("2026-03-10"), "GBA")).toBe(false);
  });
});
