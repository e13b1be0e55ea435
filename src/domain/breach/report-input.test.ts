import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type REPORT_FIELDS, validateReport } from "./report-input.ts";

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

  it("refuses control characters on their field instead of dropping them (a NUL cannot be stored)", () => {
    const result = validateReport(
      {
        ...minimal,
        description: "Mail\u0000 to the wrong customer",
        consequences: "Lines\nand\ttabs\r\nare fine here",
        measures: "\u202eReversed",
        dataCategories: "DEL\u007f",
        records: "about\u0007 100",
        contactName: "Jan\nPeeters",
        contactEmail: "jan@acme.example\t",
        contactPhone: "+32\u0000 470 12 34 56",
      },
      now,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        description: "common.error.controlCharacters",
        measures: "common.error.controlCharacters",
        dataCategories: "common.error.controlCharacters",
        records: "common.error.controlCharacters",
        contactName: "common.error.lineBreaks",
        contactPhone: "common.error.controlCharacters",
      },
    });
  });

  it("refuses a control character in any text field, and keeps text without one exactly", () => {
    const textFields = [
      "description",
      "consequences",
      "dataCategories",
      "measures",
      "contactName",
    ] as const satisfies ReadonlyArray<(typeof REPORT_FIELDS)[number]>;
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((c) => c < 0x20 || c >= 0x7f)
      .filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d)
      .map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields),
        fc.string({ maxLength: 20 }),
        control,
        fc.string({ maxLength: 20 }),
        (field, before, bad, after) => {
          const value = `x${before}${bad}${after}x`;
          const result = validateReport({ ...minimal, [field]: value }, now);
          expect(result).toEqual({ ok: false, errors: { [field]: "common.error.controlCharacters" } });
          const clean = validateReport({ ...minimal, [field]: `x${before}${after}x` }, now);
          expect(clean.ok).toBe(true);
        },
      ),
    );
  });

  it("refuses values of the wrong type", () => {
    expect(validateReport({ ...minimal, discoveredAt: "yesterday" }, now)).toEqual({
      ok: false,
      errors: { discoveredAt: "breach.error.invalid" },
    });
  });
});
