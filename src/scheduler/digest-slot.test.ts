import { DateTime } from "luxon";
import cron from "node-cron";
import { describe, expect, it } from "vitest";
import { latestSlotAtOrBefore, nextSlotAfter, parseCronSchedule } from "./digest-slot.ts";

const zone = "Europe/Brussels";
const at = (iso: string) => new Date(iso);
const slot = (expr: string, now: string) =>
  latestSlotAtOrBefore(parseCronSchedule(expr, zone), at(now))?.toISOString();

describe("digest slots", () => {
  it("is today's 09:00 local from 09:00 on, yesterday's before", () => {
    expect(slot("0 9 * * *", "2026-01-15T08:00:00Z")).toBe("2026-01-15T08:00:00.000Z");
    expect(slot("0 9 * * *", "2026-01-15T07:59:59Z")).toBe("2026-01-14T08:00:00.000Z");
    expect(slot("0 9 * * *", "2026-07-15T07:00:00Z")).toBe("2026-07-15T07:00:00.000Z");
  });

  it("keeps 09:00 local on the 23-hour and the 25-hour day", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 09:00 CEST = 07:00Z (the day before: 08:00Z).
    expect(slot("0 9 * * *", "2026-03-29T12:00:00Z")).toBe("2026-03-29T07:00:00.000Z");
    expect(slot("0 9 * * *", "2026-03-29T06:59:00Z")).toBe("2026-03-28T08:00:00.000Z");
    // 25 October 2026: clocks go from 03:00 back to 02:00; 09:00 CET = 08:00Z.
    expect(slot("0 9 * * *", "2026-10-25T12:00:00Z")).toBe("2026-10-25T08:00:00.000Z");
    expect(slot("0 9 * * *", "2026-10-25T07:59:00Z")).toBe("2026-10-24T07:00:00.000Z");
  });

  it("skips a local time that does not exist and counts a repeated one once", () => {
    // 02:30 does not exist on 29 March: the latest slot stays the 28th's.
    expect(slot("30 2 * * *", "2026-03-29T12:00:00Z")).toBe("2026-03-28T01:30:00.000Z");
    // 02:30 happens twice on 25 October (00:30Z CEST and 01:30Z CET): one slot, the first.
    expect(slot("30 2 * * *", "2026-10-25T00:45:00Z")).toBe("2026-10-25T00:30:00.000Z");
    expect(slot("30 2 * * *", "2026-10-25T01:45:00Z")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("understands weekdays, steps and month-end tokens", () => {
    // Saturday 17 January 2026: the last weekday slot is Friday 17:45.
    expect(slot("*/15 8-17 * * 1-5", "2026-01-17T12:00:00Z")).toBe("2026-01-16T16:45:00.000Z");
    expect(slot("0 9 L * *", "2026-03-15T12:00:00Z")).toBe("2026-02-28T08:00:00.000Z");
    expect(slot("0 9 * * MON#1", "2026-03-15T12:00:00Z")).toBe("2026-03-02T08:00:00.000Z");
  });

  it("names the same instants as node-cron itself", () => {
    const base = DateTime.fromISO("2026-03-27T00:00", { zone }).toJSDate();
    for (const expr of ["0 9 * * *", "*/20 8-10 * * 1-5", "0 9 L * *", "30 2 * * *", "0 9 * * 1#1"]) {
      const task = cron.createTask(expr, () => {}, { timezone: zone });
      try {
        // node-cron counts from the real present; compare from there, without waiting for anything.
        const ours: string[] = [];
        let cursor = new Date();
        for (let i = 0; i < 8; i++) {
          const next = nextSlotAfter(parseCronSchedule(expr, zone), cursor);
          if (!next) break;
          ours.push(next.toISOString());
          cursor = next;
        }
        expect(ours, expr).toEqual(task.getNextRuns(8).map((d) => d.toISOString()));
      } finally {
        task.destroy();
      }
      expect(latestSlotAtOrBefore(parseCronSchedule(expr, zone), base)).not.toBeNull();
    }
  });
});
