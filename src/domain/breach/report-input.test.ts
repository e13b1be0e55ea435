import { describe, expect, it } from "vitest";
import { validateReport } from "./report-input.ts";

const now = new Date("2026-05-04T10:00:30Z");
const minimal = { customers: ["c1"], discoveredAt: new Date("2026-05-04T09:00:00Z"), description: " Lek " };

describe("validateReport", () => {
  it("needs only customer, discovery time and description (GDPR art. 33(4))", () => {
    const result = validateReport(minimal, now);
    expect(result).toMatchObject({
      ok: true,
      value: {
        customerIds: ["c1"],
        details: { description: "Lek", nature: [], ongoing: null, records: { min: null, max: null } },
      },
    });
  });

  it("refuses a discovery in a later minute, accepts the current one", () => {
    expect(validateReport({ ...minimal, discoveredAt: new Date("2026-05-04T10:01:00Z") }, now)).toEqual({
      ok: false,
      errors: { discoveredAt: "breach.error.inFuture" },
    });
    expect(validateReport({ ...minimal, discoveredAt: new Date("2026-05-04T10:00:00Z") }, now).ok).toBe(true);
  });

  it("checks the duration against discovery and itself", () => {
    const later = new Date("2026-05-04T09:30:00Z");
    const earlier = new Date("2026-05-04T08:00:00Z");
    expect(validateReport({ ...minimal, breachStartedAt: later }, now)).toMatchObject({
      errors: { breachStartedAt: "breach.error.startAfterDiscovery" },
    });
    expect(
      validateReport(
        { ...minimal, breachStartedAt: earlier, breachEndedAt: new Date("2026-05-04T07:00:00Z") },
        now,
      ),
    ).toMatchObject({
      errors: { breachEndedAt: "breach.error.endBeforeStart" },
    });
    expect(validateReport({ ...minimal, breachEndedAt: earlier, ongoing: "ongoing" }, now)).toMatchObject({
      errors: { breachEndedAt: "breach.error.endedButOngoing" },
    });
  });

  it("reads an end time as an ended breach and maps the choices", () => {
    const result = validateReport(
      {
        ...minimal,
        breachEndedAt: new Date("2026-05-04T08:00:00Z"),
        nature: ["confidentiality", "availability"],
        specialCategories: "no",
        subjects: "< 1000",
        contactEmail: "dpo@provider.example",
        contactPhone: "+32 470 12 34 56",
      },
      now,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        details: {
          ongoing: false,
          nature: ["availability", "confidentiality"],
          specialCategories: false,
          subjects: { min: null, max: 1000 },
          contact: { email: "dpo@provider.example", phone: "+32 470 12 34 56" },
        },
      },
    });
  });

  it("refuses unknown choices, bad contact details and overlong text", () => {
    const result = validateReport(
      {
        ...minimal,
        nature: ["secrecy"],
        ongoing: "maybe",
        contactPhone: "call me",
        consequences: "x".repeat(3001),
      },
      now,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        nature: "breach.error.invalid",
        ongoing: "breach.error.invalid",
        contactPhone: "breach.error.phone",
        consequences: "breach.error.tooLong",
      },
    });
  });

  it("refuses values of the wrong type", () => {
    expect(validateReport({ ...minimal, discoveredAt: "yesterday" }, now)).toEqual({
      ok: false,
      errors: { discoveredAt: "breach.error.invalid" },
    });
  });
});
