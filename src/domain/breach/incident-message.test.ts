import { describe, expect, it } from "vitest";
import { testClock, testIncident } from "../../../test/fixtures/breach/test-incident.ts";
import { renderMessage } from "../../forms/slack/render-message.ts";
import { plainText } from "../../messages/model.ts";
import { buildIncidentMessage, MAX_CUSTOMERS_SHOWN } from "./incident-message.ts";

const ctx = { now: new Date("2026-05-04T12:00:00Z"), timezone: "Europe/Brussels", language: "en" as const };
const text = (message: ReturnType<typeof buildIncidentMessage>) =>
  message.blocks
    .map((b) =>
      "text" in b && Array.isArray(b.text)
        ? plainText(b.text)
        : "fields" in b
          ? b.fields.map((f) => `${f.label}: ${plainText(f.value)}`).join("\n")
          : "",
    )
    .join("\n");

describe("incident message", () => {
  it("shows status, deadlines in the configured zone, time left and the completeness", () => {
    const message = buildIncidentMessage(testIncident(), ctx);
    const shown = text(message);
    expect(message.blocks[0]).toEqual({ type: "header", text: "🚨 DL-2026-0007 · Data breach" });
    expect(shown).toContain("Status: Open: customers to inform");
    expect(shown).toContain("Inform customers by: Tue 5 May 2026 10:00 CEST");
    expect(shown).toContain("⏳ Inform by Tue 5 May 2026 10:00 CEST · 20 h left");
    expect(shown).toContain("Notification form: 1 of 8 items");
    expect(shown).toContain("Still to complete: Likely consequences, Duration of the breach");
    expect(shown).not.toContain("Penalty");
    expect(message.summary).toBe("DL-2026-0007: 1 customer(s) to inform, 20 h left");
  });

  it("shows the exposure of a customer not informed after the deadline, per started hour", () => {
    const late = { ...ctx, now: new Date("2026-05-05T09:01:00Z") };
    const shown = text(buildIncidentMessage(testIncident(), late));
    expect(shown).toContain("Status: ⚠️ Open: deadline passed");
    expect(shown).toContain("overdue by 1 h 1 min");
    expect(shown).toContain("penalty so far €2,600.00");
    expect(shown).toContain("Penalty exposure (art. 6.5): €2,600.00");
  });

  it("speaks Dutch with Dutch money", () => {
    const informedLate = testClock({
      notifiedAt: new Date("2026-05-05T18:00:00Z"),
      notifiedVia: "email",
      notifiedTo: "Jan",
    });
    const shown = text(
      buildIncidentMessage(testIncident({ customers: [informedLate] }), { ...ctx, language: "nl" }),
    );
    expect(shown).toContain("✅ Geïnformeerd per e-mail");
    expect(shown).toMatch(/10 u te laat, boete €\s3\.000,00/);
  });

  it("says, until a privacy officer is named, that nobody can notify the customers yet", () => {
    const warning = "Nobody can notify customers yet: no privacy officer has been named.";
    expect(text(buildIncidentMessage(testIncident(), { ...ctx, nobodyCanNotify: true }))).toContain(warning);
    expect(text(buildIncidentMessage(testIncident(), ctx))).not.toContain(warning);
  });

  it("drops the buttons once closed and shows why it was closed", () => {
    const closed = testIncident({
      status: "closed",
      closedAt: new Date("2026-05-06T08:00:00Z"),
      closingNote: "Geen persoonsgegevens",
    });
    const message = buildIncidentMessage(closed, ctx);
    expect(message.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(text(message)).toContain("Closed Wed 6 May 2026 10:00 CEST · Geen persoonsgegevens");
  });

  it("summarises customers beyond the first ones so 200 customers stay within Slack's 50 blocks", () => {
    const customers = Array.from({ length: 200 }, (_, i) =>
      testClock(i % 2 === 0 ? { notifiedAt: new Date("2026-05-04T11:00:00Z"), notifiedVia: "phone" } : {}, i),
    );
    const message = buildIncidentMessage(testIncident({ customers, description: "x".repeat(3000) }), ctx);
    expect(text(message)).toContain(
      `And ${200 - MAX_CUSTOMERS_SHOWN} more customers: 92 informed, 93 not yet.`,
    );
    const rendered = renderMessage(message);
    expect(rendered.blocks.length).toBeLessThanOrEqual(50);
  });
});
