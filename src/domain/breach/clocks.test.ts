import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  computeAuthorityDeadline,
  computeLatePenaltyCents,
  computeNotificationDeadline,
  startedHoursLate,
} from "./clocks.ts";

const brussels = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Brussels" }).toJSDate();
const inBrussels = (d: Date) =>
  DateTime.fromJSDate(d, { zone: "Europe/Brussels" }).toFormat("yyyy-MM-dd HH:mm ZZZZ");

describe("breach clocks", () => {
  it("counts 24 elapsed hours across the spring DST change", () => {
    const deadline = computeNotificationDeadline(brussels("2026-03-28T10:00"));
    expect(inBrussels(deadline)).toBe("2026-03-29 11:00 GMT+2");
  });

  it("counts 24 elapsed hours across the autumn DST change", () => {
    const deadline = computeNotificationDeadline(brussels("2026-10-24T10:00"));
    expect(inBrussels(deadline)).toBe("2026-10-25 09:00 GMT+1");
  });

  it("puts the authority decision 72 elapsed hours after discovery", () => {
    const discovered = new Date("2026-05-01T08:30:00Z");
    expect(computeAuthorityDeadline(discovered).toISOString()).toBe("2026-05-04T08:30:00.000Z");
  });
});

describe("art. 6.5 penalty", () => {
  const deadline = new Date("2026-05-02T08:30:00Z");
  const lateBy = (ms: number) => new Date(deadline.getTime() + ms);
  const minute = 60_000;

  it.each([
    ["exactly on time", 0, 0],
    ["one minute early", -minute, 0],
    ["one millisecond late", 1, 255_000],
    ["1 minute late", minute, 255_000],
    ["60 minutes late", 60 * minute, 255_000],
    ["61 minutes late", 61 * minute, 260_000],
    ["10 hours late", 600 * minute, 300_000],
    ["10 hours and 1 minute late", 601 * minute, 305_000],
  ])("%s -> %i cents", (_label, offset, cents) => {
    expect(computeLatePenaltyCents(deadline, lateBy(offset))).toBe(cents);
  });

  it("counts started hours", () => {
    expect(startedHoursLate(deadline, lateBy(-1))).toBe(0);
    expect(startedHoursLate(deadline, lateBy(3 * 3_600_000 + 1))).toBe(4);
  });
});
