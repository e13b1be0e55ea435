import { describe, expect, it } from "vitest";
import { EEA_COUNTRY_CODES, hasAdequacyDecision, isInEea } from "./eea.ts";

describe("EEA", () => {
  it("has the 27 member states plus Iceland, Liechtenstein and Norway", () => {
    expect(EEA_COUNTRY_CODES).toHaveLength(30);
    for (const code of ["BE", "NL", "DE", "IE", "IS", "LI", "NO", "hr"]) expect(isInEea(code)).toBe(true);
  });

  it("treats adequacy countries as outside the EEA", () => {
    for (const code of ["CH", "GB", "US", "JP"]) expect(isInEea(code)).toBe(false);
    expect(hasAdequacyDecision("CH")).toBe(true);
    expect(hasAdequacyDecision("US")).toBe(false);
  });
});
