// Art. 9.4 DPA: a proposal whose intended start has come while a customer's consent is pending is
// flagged in the digest for that customer; before that day it is listed as pending only.
import { describe, expect, it } from "vitest";
import { plainText } from "../../messages/model.ts";
import { buildDigest } from "./digest.ts";
import type { OpenDeadline } from "./open-deadlines.ts";

const now = new Date("2027-03-01T08:00:00Z");
const approval = (intendedStart: Date | null): OpenDeadline => ({
  kind: "approval",
  customerName: "Acme",
  subProcessorName: "Cloudy Backup Inc",
  requestedAt: new Date("2027-02-01T09:00:00Z"),
  outsideEea: true,
  intendedStart,
  remindAt: new Date("2027-02-06T09:00:00Z"),
});

function text(items: OpenDeadline[], language: "en" | "fr" = "en"): string {
  return buildDigest(items, now, { language, timezone: "Europe/Brussels", variant: "daily" })
    .blocks.map((b) => (b.type === "section" || b.type === "context" ? plainText(b.text) : ""))
    .join("\n");
}

describe("digest: pending approvals and the intended start", () => {
  it("flags an art. 9.4 risk once the intended start has come", () => {
    expect(text([approval(new Date("2027-03-01T00:00:00Z"))])).toMatch(
      /Acme: approval of sub-processor Cloudy Backup Inc, pending since .* \(outside the EEA\) ⚠ art\. 9\.4 risk: the intended start \(1 Mar 2027\) has come/,
    );
  });

  it("notes outside the EEA once, punctuated as the language does", () => {
    const line = text([approval(null)], "fr")
      .split("\n")
      .find((l) => l.includes("Cloudy"))!;
    expect(line).toMatch(/\(demande\s:\s[^)]*\), hors EEE$/);
    expect(line).not.toContain(") (");
  });

  it("lists it as pending only before that day", () => {
    const shown = text([approval(new Date("2027-03-02T00:00:00Z"))]);
    expect(shown).toContain("Acme: approval of sub-processor Cloudy Backup Inc");
    expect(shown).not.toContain("9.4");
  });
});
