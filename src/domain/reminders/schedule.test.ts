import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { computeAuthorityDeadline, computeNotificationDeadline } from "../breach/clocks.ts";
import { clockKey, type OpenClock } from "./clocks.ts";
import {
  clocksOfApproval,
  clocksOfCustomer,
  clocksOfIncidentCustomer,
  clocksOfRequest,
} from "./open-clocks.ts";
import { planReminders, type ReminderSettings } from "./schedule.ts";

const zone = "Europe/Brussels";
const settings: ReminderSettings = {
  timezone: zone,
  breachHoursBefore: [12, 4, 1],
  authorityHoursBefore: [24, 4],
  subprocessorPendingDays: 5,
  requestLegalDaysBefore: [7, 1],
  retentionDaysBefore: [30, 7],
  reviewDaysBefore: [30],
};
const at = (iso: string) => new Date(iso);
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const steps = (specs: ReturnType<typeof planReminders>) =>
  specs.map((spec) => [spec.step, spec.dueAt.toISOString()]);

// Discovered on the evening before the clocks go forward (29 March 2026, 02:00 -> 03:00).
const discoveredAt = local("2026-03-28T10:00");
function breachClocks(overrides: Partial<Parameters<typeof clocksOfIncidentCustomer>[0]> = {}) {
  return clocksOfIncidentCustomer({
    id: "ic-1",
    incidentId: "inc-1",
    reference: "DL-2026-0007",
    incidentStatus: "open",
    customerName: "Acme",
    authority: "GBA",
    notifyDeadline: computeNotificationDeadline(discoveredAt),
    notifiedAt: null,
    authorityDeadline: computeAuthorityDeadline(discoveredAt),
    authorityDecision: "pending",
    createdAt: discoveredAt,
    platform: "slack",
    channelId: "C-INC",
    ...overrides,
  });
}
const notifyClock = () => breachClocks()[0] as OpenClock;
const breachClocksAt = (discovered: Date) =>
  breachClocks({
    notifyDeadline: computeNotificationDeadline(discovered),
    authorityDeadline: computeAuthorityDeadline(discovered),
    createdAt: discovered,
  });
const authorityClock = () => breachClocks()[1] as OpenClock;

describe("breach clock (art. 6 DPA, 24 h)", () => {
  it("reminds 12 h, 4 h and 1 h before the deadline, alerts at it, and plans the first late hour", () => {
    expect(steps(planReminders(notifyClock(), discoveredAt, settings))).toEqual([
      ["-12h", "2026-03-28T21:00:00.000Z"],
      ["-4h", "2026-03-29T05:00:00.000Z"],
      ["-1h", "2026-03-29T08:00:00.000Z"],
      // 24 elapsed hours across the spring-forward night: 11:00 CEST, not 10:00.
      ["0", "2026-03-29T09:00:00.000Z"],
      ["+1h", "2026-03-29T10:00:00.000Z"],
    ]);
    expect(DateTime.fromJSDate(computeNotificationDeadline(discoveredAt), { zone }).toFormat("HH:mm")).toBe(
      "11:00",
    );
  });

  it("counts elapsed hours across the autumn change too: the 25-hour night moves the deadline to 09:00 CET", () => {
    const autumn = local("2026-10-24T10:00");
    const [clock] = breachClocksAt(autumn);
    expect(DateTime.fromJSDate(computeNotificationDeadline(autumn), { zone }).toFormat("HH:mm ZZZZ")).toBe(
      "09:00 GMT+1",
    );
    expect(steps(planReminders(clock as OpenClock, autumn, settings))).toEqual([
      ["-12h", "2026-10-24T20:00:00.000Z"],
      ["-4h", "2026-10-25T04:00:00.000Z"],
      ["-1h", "2026-10-25T07:00:00.000Z"],
      ["0", "2026-10-25T08:00:00.000Z"],
      ["+1h", "2026-10-25T09:00:00.000Z"],
    ]);
  });

  it("plans only the latest late hour and the next one, however long the clock has been late", () => {
    const now = at("2026-03-29T14:30:00Z"); // 5 h 30 min late
    const planned = planReminders(notifyClock(), now, settings);
    expect(steps(planned).slice(4)).toEqual([
      ["+5h", "2026-03-29T14:00:00.000Z"],
      ["+6h", "2026-03-29T15:00:00.000Z"],
    ]);
    const muchLater = planReminders(notifyClock(), at("2026-04-28T09:00:00Z"), settings);
    expect(muchLater).toHaveLength(6);
    expect(muchLater.at(-1)?.step).toBe("+721h");
  });

  it("follows configured offsets", () => {
    const planned = planReminders(notifyClock(), discoveredAt, { ...settings, breachHoursBefore: [6, 2] });
    expect(planned.map((s) => s.step)).toEqual(["-6h", "-2h", "0", "+1h"]);
  });

  it("skips reminders due before the clock existed (the report itself showed the time left)", () => {
    const reportedLate = breachClocks({ createdAt: local("2026-03-29T08:30") })[0] as OpenClock;
    expect(planReminders(reportedLate, local("2026-03-29T08:30"), settings).map((s) => s.step)).toEqual([
      "-1h",
      "0",
      "+1h",
    ]);
  });

  it("keys the clock by its deadline, so a corrected discovery time is a new clock", () => {
    const clock = notifyClock();
    expect(clock.key).toBe(clockKey("breach.notify", "ic-1", computeNotificationDeadline(discoveredAt)));
    const moved = breachClocks({ notifyDeadline: local("2026-03-29T12:00") })[0] as OpenClock;
    expect(moved.key).not.toBe(clock.key);
  });

  it("closes when the customer is informed or the incident is closed", () => {
    expect(breachClocks({ notifiedAt: discoveredAt }).map((c) => c.kind)).toEqual(["breach.authority"]);
    expect(breachClocks({ authorityDecision: "not_notify" }).map((c) => c.kind)).toEqual(["breach.notify"]);
    expect(breachClocks({ incidentStatus: "closed" })).toEqual([]);
  });

  it("reminds of the 72 h authority decision 24 h and 4 h before, at the deadline, then daily", () => {
    expect(steps(planReminders(authorityClock(), discoveredAt, settings))).toEqual([
      ["-24h", "2026-03-30T09:00:00.000Z"],
      ["-4h", "2026-03-31T05:00:00.000Z"],
      ["0", "2026-03-31T09:00:00.000Z"],
      ["+24h", "2026-04-01T09:00:00.000Z"],
    ]);
  });
});

describe("data-subject requests", () => {
  const request = {
    id: "r-1",
    reference: "VZ-2026-0003",
    customerName: "Acme",
    type: "access",
    status: "received" as const,
    forwardDueAt: local("2026-03-27T17:00"),
    // End of the day the month ends (Reg. 1182/71), the night the clocks change.
    legalDeadline: local("2026-03-28T23:59:59.999"),
    extendedDeadline: null,
    createdAt: local("2026-03-26T09:00"),
  };

  it("reminds 1 h before the forward is due, at the moment, then hourly; the legal deadline 7 and 1 days before", () => {
    const [forward, legal] = clocksOfRequest(request) as [OpenClock, OpenClock];
    expect(steps(planReminders(forward, local("2026-03-26T09:00"), settings))).toEqual([
      ["-1h", local("2026-03-27T16:00").toISOString()],
      ["0", local("2026-03-27T17:00").toISOString()],
      ["+1h", local("2026-03-27T18:00").toISOString()],
    ]);
    // Three and a half hours late: the latest hourly step already due and the next one.
    expect(planReminders(forward, local("2026-03-27T20:30"), settings).map((s) => s.step)).toEqual([
      "-1h",
      "0",
      "+3h",
      "+4h",
    ]);
    // The 7-days-before step (21 March) was before the request existed. The deadline is the end
    // of 28 March; its reminders come at 09:00 local: the day before, on the day, the day after.
    expect(steps(planReminders(legal, local("2026-03-26T09:00"), settings))).toEqual([
      ["-1d", local("2026-03-27T09:00").toISOString()],
      ["0", local("2026-03-28T09:00").toISOString()],
      // The next morning is summer time: 09:00 CEST = 07:00Z.
      ["+1d", "2026-03-29T07:00:00.000Z"],
    ]);
  });

  it("stops the forward clock once forwarded and moves the legal clock when extended", () => {
    const forwarded = clocksOfRequest({ ...request, status: "forwarded" });
    expect(forwarded.map((c) => c.kind)).toEqual(["dsr.legal"]);
    const extended = clocksOfRequest({
      ...request,
      status: "forwarded",
      extendedDeadline: local("2026-05-28T23:59"),
    });
    expect(extended[0]?.key).not.toBe(forwarded[0]?.key);
    expect(clocksOfRequest({ ...request, status: "closed" })).toEqual([]);
  });
});

describe("sub-processor approvals (art. 9 DPA)", () => {
  const approval = {
    id: "a-1",
    customerName: "Acme",
    subProcessorName: "CloudCo",
    status: "pending" as const,
    requestedAt: local("2026-10-20T10:00"),
    outsideEea: true,
    createdAt: local("2026-10-20T10:00"),
  };

  it("reminds after N days and every N days after that, across the autumn DST change", () => {
    const [clock] = clocksOfApproval(approval) as [OpenClock];
    expect(steps(planReminders(clock, approval.requestedAt, settings))).toEqual([
      ["+5d", local("2026-10-25T10:00").toISOString()],
    ]);
    // 25 October has 25 hours; the reminder stays at 10:00 local.
    expect(local("2026-10-25T10:00").toISOString()).toBe("2026-10-25T09:00:00.000Z");
    expect(planReminders(clock, local("2026-11-01T12:00"), settings).map((s) => s.step)).toEqual([
      "+10d",
      "+15d",
    ]);
  });

  it("has no clock once decided", () => {
    expect(clocksOfApproval({ ...approval, status: "approved" })).toEqual([]);
  });
});

describe("customer register clocks", () => {
  const dbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const customer = {
    id: "c-1",
    name: "Acme",
    contractStart: dbDate("2025-01-31"),
    contractEnd: null,
    retentionDaysAfterEnd: null,
    reviewIntervalMonths: 12,
    lastSecurityReviewAt: null,
    createdAt: at("2025-02-10T10:00:00Z"),
    archivedAt: null,
  };
  const customerSettings = { timezone: zone, defaultReviewIntervalMonths: 12 };

  it("dates the security review from the last review, else the contract start (art. 5.9 DPA)", () => {
    const [review] = clocksOfCustomer(customer, at("2025-06-01T00:00:00Z"), customerSettings);
    expect(review?.kind).toBe("review");
    expect(review && "dueAt" in review ? review.dueAt.toISOString() : null).toBe(
      local("2026-01-31T09:00").toISOString(),
    );
    const monthly = clocksOfCustomer(
      { ...customer, reviewIntervalMonths: 1 },
      at("2025-02-01T00:00:00Z"),
      customerSettings,
    );
    // 31 January + 1 month: the last day of February.
    expect(monthly[0] && "dueAt" in monthly[0] ? monthly[0].dueAt.toISOString() : null).toBe(
      local("2025-02-28T09:00").toISOString(),
    );
    const reviewed = clocksOfCustomer(
      { ...customer, lastSecurityReviewAt: local("2025-11-03T16:00") },
      at("2025-12-01T00:00:00Z"),
      customerSettings,
    );
    expect(reviewed[0] && "dueAt" in reviewed[0] ? reviewed[0].dueAt.toISOString() : null).toBe(
      local("2026-11-03T09:00").toISOString(),
    );
  });

  it("counts the retention term from the contract end and reminds 30 and 7 days before, at 09:00 local", () => {
    const ended = { ...customer, contractEnd: dbDate("2026-02-28"), retentionDaysAfterEnd: 30 };
    const clocks = clocksOfCustomer(ended, at("2026-03-01T00:00:00Z"), customerSettings);
    expect(clocks.map((c) => c.kind)).toEqual(["retention"]); // no review after the contract ended
    const [retention] = clocks as [OpenClock];
    expect(steps(planReminders(retention, at("2026-03-01T00:00:00Z"), settings))).toEqual([
      // 30 days before 30 March is 28 February: 09:00 CET = 08:00Z ...
      ["-30d", "2026-02-28T08:00:00.000Z"],
      ["-7d", "2026-03-23T08:00:00.000Z"],
      // ... and on 30 March 09:00 CEST = 07:00Z: the same local hour across the DST change.
      ["0", "2026-03-30T07:00:00.000Z"],
      ["+7d", "2026-04-06T07:00:00.000Z"],
    ]);
  });

  it("uses the contract end when no term is recorded, and has no clocks once archived", () => {
    const noTerm = clocksOfCustomer(
      { ...customer, contractEnd: dbDate("2026-02-28") },
      at("2026-03-01T00:00:00Z"),
      customerSettings,
    );
    expect(noTerm[0]).toMatchObject({ kind: "retention", termRecorded: false });
    expect(
      clocksOfCustomer(
        { ...customer, archivedAt: at("2026-03-01T00:00:00Z") },
        at("2026-03-01T00:00:00Z"),
        customerSettings,
      ),
    ).toEqual([]);
  });
});
