import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogs } from "../i18n/translate.ts";
import { PROPOSAL_FIELDS, validateProposal } from "./proposal-input.ts";

const NOW = new Date("2027-02-01T09:00:00Z");
const ZONE = "Europe/Brussels";
const valid = {
  name: "Cloudy Backup Inc",
  purpose: "Off-site backups",
  country: "US",
  mechanism: "scc",
  dataCategories: "Backups",
  intendedStart: "2027-03-01",
  scope: "all",
  customers: [],
  reason: "Provider stops",
};

describe("validateProposal", () => {
  it("turns a complete form into a proposal; EEA needs no mechanism", () => {
    expect(validateProposal(valid, NOW, ZONE)).toMatchObject({
      ok: true,
      value: {
        terms: { country: "US", mechanism: "scc", intendedStart: new Date("2027-03-01T00:00:00Z") },
        customers: { all: true },
      },
    });
    const eea = validateProposal({ ...valid, country: "de", mechanism: null }, NOW, ZONE);
    expect(eea).toMatchObject({ ok: true, value: { terms: { country: "DE", mechanism: "none" } } });
  });

  it("art. 3.7 DPA: outside the EEA a mechanism is required, adequacy only where the EU decided it", () => {
    expect(validateProposal({ ...valid, mechanism: null }, NOW, ZONE)).toEqual({
      ok: false,
      errors: { mechanism: "subprocessor.error.mechanismRequired" },
    });
    expect(validateProposal({ ...valid, mechanism: "adequacy" }, NOW, ZONE)).toEqual({
      ok: false,
      errors: { mechanism: "subprocessor.error.noAdequacy" },
    });
    expect(validateProposal({ ...valid, country: "CH", mechanism: "adequacy" }, NOW, ZONE).ok).toBe(true);
    expect(validateProposal({ ...valid, country: "XX" }, NOW, ZONE)).toEqual({
      ok: false,
      errors: { country: "subprocessor.error.countryUnknown" },
    });
  });

  it("refuses a start before today in the organisation's zone, and impossible dates", () => {
    // 2027-02-01 09:00 UTC is 10:00 in Brussels: today is 2027-02-01.
    expect(validateProposal({ ...valid, intendedStart: "2027-02-01" }, NOW, ZONE).ok).toBe(true);
    expect(validateProposal({ ...valid, intendedStart: "2027-01-31" }, NOW, ZONE)).toMatchObject({
      errors: { intendedStart: "subprocessor.error.startInPast" },
    });
    expect(validateProposal({ ...valid, intendedStart: "2027-02-30" }, NOW, ZONE)).toMatchObject({
      errors: { intendedStart: "subprocessor.error.invalid" },
    });
  });

  it("a selection needs customers; duplicates are dropped", () => {
    expect(validateProposal({ ...valid, scope: "selected" }, NOW, ZONE)).toMatchObject({
      errors: { customers: "subprocessor.error.customersRequired" },
    });
    expect(
      validateProposal({ ...valid, scope: "selected", customers: ["a", "a", "b"] }, NOW, ZONE),
    ).toMatchObject({
      value: { customers: { all: false, ids: ["a", "b"] } },
    });
  });

  it("refuses control characters in its free text; the name is one line, the rest may have several", () => {
    const result = validateProposal(
      {
        ...valid,
        name: "Cloudy\nBackup",
        purpose: "Off-site\u0000 backups",
        dataCategories: "Backups\u007f",
        reason: "\u202eReversed reason",
      },
      NOW,
      ZONE,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: "common.error.lineBreaks",
        purpose: "common.error.controlCharacters",
        dataCategories: "common.error.controlCharacters",
        reason: "common.error.controlCharacters",
      },
    });
    const lines = validateProposal({ ...valid, purpose: "Backups:\r\n\t- nightly" }, NOW, ZONE);
    expect(lines).toMatchObject({ ok: true, value: { terms: { purpose: "Backups:\r\n\t- nightly" } } });
  });

  it("never throws: any input gives a correct proposal or field errors with texts in both languages", () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "US",
        "DE",
        "CH",
        "scc",
        "adequacy",
        "all",
        "selected",
        "2027-03-01",
        "<!channel>",
        "<@U123>",
      ),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.constant(null),
      fc.constant(undefined),
      fc.anything(),
    );
    const raw = fc.record(Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, anyValue])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(raw, (input) => {
        const result = validateProposal(input as Record<string, unknown>, NOW, ZONE);
        if (result.ok) {
          const { terms } = result.value;
          expect(terms.subProcessorName).toBe(String(input.name).trim());
          expect(terms.reason).toBe(String(input.reason).trim());
          expect(terms.subProcessorName.length).toBeGreaterThan(0);
          expect(["none", "adequacy", "scc", "bcr"]).toContain(terms.mechanism);
          return;
        }
        const entries = Object.entries(result.errors);
        expect(entries.length).toBeGreaterThan(0);
        for (const [field, key] of entries) {
          expect(PROPOSAL_FIELDS as readonly string[]).toContain(field);
          expect(catalogs.en[key!]).toBeTruthy();
          expect(catalogs.nl[key!]).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });
});
