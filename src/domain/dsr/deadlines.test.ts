import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  canExtend,
  computeCostCents,
  computeExtendedDeadline,
  computeForwardDue,
  computeLegalDeadline,
} from "./deadlines.ts";

const brussels = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Brussels" }).toJSDate();
const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const endOf = (date: string, zone = "Europe/Brussels") =>
  DateTime.fromISO(date, { zone }).endOf("day").toJSDate().toISOString();

describe("the legal deadline (GDPR art. 12(3), Reg. 1182/71)", () => {
  it("ends at the end of the same date next month", () => {
    // 10 March 2026 -> Friday 10 April 2026.
    expect(computeLegalDeadline(brussels("2026-03-10T14:00"), "GBA").toISOString()).toBe(endOf("2026-04-10"));
  });

  it("ends on the last day of a shorter month: 31 January -> 28 February", () => {
    // 28 Feb 2026 is a Saturday: it moves to Monday 2 March. 2027: Sunday -> Monday 1 March.
    // Use 2030: 28 Feb 2030 is a Thursday.
    expect(computeLegalDeadline(brussels("2030-01-31T09:00"), "GBA").toISOString()).toBe(endOf("2030-02-28"));
  });

  it("ends on 29 February in a leap year", () => {
    // 29 Feb 2028 is a Tuesday.
    expect(computeLegalDeadline(brussels("2028-01-31T09:00"), "GBA").toISOString()).toBe(endOf("2028-02-29"));
    expect(computeLegalDeadline(brussels("2028-01-29T09:00"), "AP").toISOString()).toBe(
      endOf("2028-02-29", "Europe/Amsterdam"),
    );
  });

  it("moves a Saturday to the Monday", () => {
    // Received Wednesday 7 Jan 2026 -> Saturday 7 Feb -> Monday 9 Feb.
    expect(computeLegalDeadline(brussels("2026-01-07T10:00"), "GBA").toISOString()).toBe(endOf("2026-02-09"));
  });

  it("moves past a Belgian holiday for a GBA customer only (21 July 2026, a Tuesday)", () => {
    const received = brussels("2026-06-21T10:00"); // a Sunday; the period ends on 21 July
    expect(computeLegalDeadline(received, "GBA").toISOString()).toBe(endOf("2026-07-22"));
    expect(computeLegalDeadline(received, "AP").toISOString()).toBe(endOf("2026-07-21", "Europe/Amsterdam"));
  });

  it("moves past a Dutch holiday for an AP customer only (King's Day, Monday 27 April 2026)", () => {
    const received = amsterdam("2026-03-27T10:00");
    expect(computeLegalDeadline(received, "AP").toISOString()).toBe(endOf("2026-04-28", "Europe/Amsterdam"));
    expect(computeLegalDeadline(received, "GBA").toISOString()).toBe(endOf("2026-04-27"));
  });

  it("moves past Easter Monday (6 April 2026) for both", () => {
    const received = brussels("2026-03-06T10:00");
    expect(computeLegalDeadline(received, "GBA").toISOString()).toBe(endOf("2026-04-07"));
    expect(computeLegalDeadline(received, "AP").toISOString()).toBe(endOf("2026-04-07", "Europe/Amsterdam"));
  });

  it("counts the receipt day where the customer is, not in UTC", () => {
    // 23:30 UTC on 31 March is 1 April in Brussels: the period ends 1 May (a holiday, Friday) -> Monday 4 May.
    expect(computeLegalDeadline(new Date("2026-03-31T23:30:00Z"), "GBA").toISOString()).toBe(
      endOf("2026-05-04"),
    );
  });

  it("is never '30 days'", () => {
    const received = brussels("2026-07-01T10:00");
    const thirtyDays = DateTime.fromJSDate(received).plus({ days: 30 }).endOf("day").toJSDate();
    expect(computeLegalDeadline(received, "GBA").getTime()).toBeGreaterThan(thirtyDays.getTime());
  });

  it("extends to three months after receipt, moved past a non-working day", () => {
    // 10 March + 3 months = Wednesday 10 June 2026.
    expect(computeExtendedDeadline(brussels("2026-03-10T14:00"), "GBA").toISOString()).toBe(
      endOf("2026-06-10"),
    );
    // 31 Jan 2026 + 3 months = 30 April (Thursday) for the GBA.
    expect(computeExtendedDeadline(brussels("2026-01-31T14:00"), "GBA").toISOString()).toBe(
      endOf("2026-04-30"),
    );
  });

  it("allows an extension only while the first month runs, and once", () => {
    const deadline = computeLegalDeadline(brussels("2026-03-10T14:00"), "GBA");
    expect(canExtend(deadline, null, brussels("2026-04-10T23:00"))).toBe(true);
    expect(canExtend(deadline, null, brussels("2026-04-11T00:01"))).toBe(false);
    expect(canExtend(deadline, brussels("2026-06-10T23:59"), brussels("2026-03-20T10:00"))).toBe(false);
  });
});

describe("forward due (art. 8 DPA: without delay)", () => {
  it("uses the customer's forwardSlaHours as elapsed hours", () => {
    expect(computeForwardDue(new Date("2026-03-06T10:00:00Z"), 4, "GBA").toISOString()).toBe(
      "2026-03-06T14:00:00.000Z",
    );
  });

  it("defaults to one working day: Friday 15:00 -> Monday 15:00", () => {
    expect(computeForwardDue(brussels("2026-03-06T15:00"), null, "GBA")).toEqual(
      brussels("2026-03-09T15:00"),
    );
  });

  it("skips weekends and the customer's public holidays around Easter", () => {
    // Thursday 2 April 2026 -> Friday 3 April (Good Friday is no public holiday in either country).
    expect(computeForwardDue(brussels("2026-04-02T11:00"), null, "GBA")).toEqual(
      brussels("2026-04-03T11:00"),
    );
    // Friday 3 April -> Tuesday 7 April (weekend and Easter Monday).
    expect(computeForwardDue(brussels("2026-04-03T11:00"), null, "AP")).toEqual(brussels("2026-04-07T11:00"));
  });
});

describe("costs (art. 8.3 DPA)", () => {
  it("is minutes times the hourly rate, in cents", () => {
    expect(computeCostCents(90, 12_000)).toBe(18_000);
    expect(computeCostCents(7, 10_000)).toBe(1_167);
    expect(computeCostCents(90, null)).toBe(0);
  });
});
