// The free text of the dialogs behind an incident's buttons: to whom a customer was informed (one
// line), the note with an authority decision and the closing note (several lines). A control
// character is a field error, decided before anything is read or stored.
import { describe, expect, it } from "vitest";
import { testIncident } from "../../../test/fixtures/breach/test-incident.ts";
import { untouchable } from "../../../test/support/untouchable.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { closeIncident } from "./close-incident.ts";
import { validateAuthorityDecision } from "./record-authority-decision.ts";
import { validateCustomerInformed } from "./record-customer-informed.ts";

const incident = testIncident();
const now = new Date("2026-05-04T10:00:00Z");
const at = new Date("2026-05-04T09:00:00Z");
const actor = { platform: "slack" as const, userId: "U1", displayName: "Steve" };

describe("customer informed: to whom", () => {
  const informed = (to: string) =>
    validateCustomerInformed({ customer: "clock-0", via: "phone", at, to }, incident, now);

  it("keeps a one-line recipient as typed", () => {
    expect(informed("  Jan Janssens (DPO), jan@example.be ")).toMatchObject({
      ok: true,
      value: { notification: { to: "Jan Janssens (DPO), jan@example.be" } },
    });
  });

  it("refuses control characters and line breaks", () => {
    expect(informed("Jan\u0000Janssens")).toEqual({
      ok: false,
      errors: { to: "common.error.controlCharacters" },
    });
    expect(informed("Jan\u007f")).toEqual({ ok: false, errors: { to: "common.error.controlCharacters" } });
    expect(informed("Jan\nJanssens")).toEqual({ ok: false, errors: { to: "common.error.lineBreaks" } });
  });
});

describe("authority decision: the note", () => {
  const decided = (note: string) =>
    validateAuthorityDecision({ customer: "clock-0", decision: "not_notify", at, note }, incident, now);

  it("keeps line breaks and tabs in the note", () => {
    expect(decided("Low risk:\n\t- encrypted laptop")).toMatchObject({
      ok: true,
      value: { record: { note: "Low risk:\n\t- encrypted laptop" } },
    });
  });

  it("refuses control characters", () => {
    expect(decided("Low risk\u0000")).toEqual({
      ok: false,
      errors: { note: "common.error.controlCharacters" },
    });
    expect(decided("\u001b[2J")).toEqual({ ok: false, errors: { note: "common.error.controlCharacters" } });
  });
});

describe("closing note", () => {
  it("refuses control characters on the note before reading or storing anything", async () => {
    const deps = untouchable<BreachDeps>("deps");
    await expect(
      closeIncident(deps, { incidentId: incident.id, note: "No personal data\u0000", actor }),
    ).rejects.toMatchObject({
      key: "common.error.controlCharacters",
      fields: { note: "common.error.controlCharacters" },
    });
  });
});
