// The decision page shows text that others typed (proposal terms, customer and contact names):
// whatever it is, it stays text. Checked by property: inserting any string adds no markup.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CustomerApproval, Proposal } from "../../../domain/subprocessor/proposal.ts";
import { escapeHtml } from "../html.ts";
import { renderDecisionForm } from "./render-decision-page.ts";

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; --",
    "</textarea><b>",
    "&amp;&lt;",
  ),
);

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const proposal = (text: string): Proposal => ({
  id: "p",
  reference: "SV-2027-0001",
  status: "open",
  subProcessorName: text,
  purpose: text,
  country: "US",
  mechanism: "scc",
  dataCategories: text,
  intendedStart: new Date("2027-03-01T00:00:00Z"),
  reason: text,
  allCustomers: true,
  proposerName: text,
  proposerUserId: "U1",
  proposerPlatform: "slack",
  proposerLanguage: "en",
  message: null,
  withdrawnAt: null,
  createdAt: new Date("2027-02-01T00:00:00Z"),
});

const approval = (text: string): CustomerApproval => ({
  id: "a",
  customerId: "c",
  customerKey: "c",
  customerName: text,
  language: "nl",
  state: "pending",
  decision: null,
  reason: null,
});

function render(text: string): string {
  return renderDecisionForm({
    proposal: proposal(text),
    approval: approval(text),
    contactName: text,
    action: "/decide/token",
    csrf: "csrf-token",
    errors: [text],
    values: { decision: "reject", reason: text, confirm: false },
  });
}

describe("decision page escaping", () => {
  it("escapes every character that could start or end markup, and loses nothing", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decodeEntities(escaped)).toBe(text);
      }),
    );
  });

  it("adds no tag or attribute, whatever the typed text", () => {
    const markupOf = (page: string) => (page.match(/[<>"]/g) ?? []).length;
    const baseline = markupOf(render("x"));
    fc.assert(
      fc.property(hostile, (text) => {
        const page = render(text);
        expect(markupOf(page)).toBe(baseline);
        expect(page).toContain(escapeHtml(text));
      }),
      { numRuns: 300 },
    );
  });
});
