// The clocks as the channel sees them: the DST night, the art. 6.5 penalty edges when a customer is
// informed late, and mentions typed into fields shown as text, never as a ping.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import {
  blockText,
  clickIncidentButton,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  seedCustomer,
  startHarness,
  submit,
} from "./harness.ts";

let h: Harness;
let acme: { id: string };

beforeAll(async () => {
  h = await startHarness({ now: "2026-03-28T09:30:00Z" });
  acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme BV",
    contacts: [{ name: "Jan", email: "jan@acme.example" }],
  });
});
afterAll(async () => {
  await h?.close();
});

async function reportAt(discoveredAt: Date, description = "Lek") {
  const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
  const response = await submit(h, view, {
    customers: [{ value: acme.id, text: "Acme BV (acme)" }],
    discoveredAt,
    description,
  });
  expect(response.text).toBe("");
  const row = await h.db.prisma.incident.findFirstOrThrow({
    orderBy: { createdAt: "desc" },
    include: { customers: true },
  });
  return { id: row.id, channelId: row.channelId!, messageId: row.messageId!, clock: row.customers[0]! };
}

describe("deadlines across the spring DST change", () => {
  it("puts the 24 h deadline of a breach discovered 28 March 10:00 at 29 March 11:00 Brussels", async () => {
    // 10:00 CET = 09:00 UTC; 24 elapsed hours later it is 11:00 CEST.
    const incident = await reportAt(new Date("2026-03-28T09:00:00Z"));
    expect(incident.clock.notifyDeadline.toISOString()).toBe("2026-03-29T09:00:00.000Z");
    const text = blockText(h.slack.callsOf("chat.postMessage").at(-1)!.args.blocks);
    expect(text).toContain(`<!date^${Date.parse("2026-03-29T09:00:00Z") / 1000}^`);
    expect(text).toMatch(/Sun 29 Mar 2026 11:00 (CEST|GMT\+2)/);
  });
});

describe("art. 6.5 penalty when the customer is informed late", () => {
  const minute = 60_000;
  it.each([
    ["on time", 0, null],
    ["1 minute late", 1, "€2,550.00"],
    ["60 minutes late", 60, "€2,550.00"],
    ["61 minutes late", 61, "€2,600.00"],
    ["10 hours late", 600, "€3,000.00"],
  ])("%s", async (_label, minutesLate, penalty) => {
    h.clock.set("2026-05-01T12:00:00Z");
    const incident = await reportAt(new Date("2026-05-01T10:00:00Z"));
    const informedAt = new Date(incident.clock.notifyDeadline.getTime() + minutesLate * minute);
    h.clock.set(new Date(informedAt.getTime() + 5 * minute));
    const view = await clickIncidentButton(h, INCIDENT_ACTIONS.informed, incident);
    const response = await submit(h, view, { via: "email", at: informedAt, to: "Jan" });
    expect(response.text).toBe("");
    const text = blockText(h.slack.callsOf("chat.update").at(-1)!.args.blocks);
    if (penalty === null) {
      expect(text).toContain("on time");
      expect(text).not.toContain("Penalty exposure");
    } else {
      expect(text).toContain(`penalty ${penalty}`);
      expect(text).toContain("Penalty exposure (art. 6.5)");
    }
  });

  it("shows the exposure growing while the customer is not informed", async () => {
    h.clock.set("2026-06-01T09:00:00Z");
    const incident = await reportAt(new Date("2026-06-01T08:00:00Z"));
    h.clock.set(new Date(incident.clock.notifyDeadline.getTime() + 2 * 3_600_000 + 1));
    await h.app.refreshIncidentMessage(incident.id);
    const text = blockText(h.slack.callsOf("chat.update").at(-1)!.args.blocks);
    expect(text).toContain("penalty so far €2,650.00");
    expect(text).toContain("overdue by 2 h");
  });
});

describe("mentions typed into a field", () => {
  it("are shown as text in every message and never ping", async () => {
    h.clock.set("2026-07-01T09:00:00Z");
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    await submit(h, view, {
      customers: [{ value: acme.id, text: "Acme BV (acme)" }],
      discoveredAt: new Date("2026-07-01T08:00:00Z"),
      description: "Ping <!channel> and <@U0OTHER> & <!here|here> <#C123>",
      measures: "<!everyone> told",
      contactName: "<@U0BOSS>",
    });
    const row = await h.db.prisma.incident.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(row.description).toBe("Ping <!channel> and <@U0OTHER> & <!here|here> <#C123>");
    const incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
    const close = await clickIncidentButton(h, INCIDENT_ACTIONS.close, incident);
    await submit(h, close, { note: "<!channel> closed" });

    const sent = [...h.slack.callsOf("chat.postMessage"), ...h.slack.callsOf("chat.update")].filter(
      (c) => c.args.channel === INCIDENT_CHANNEL,
    );
    const all = sent.map((c) => `${c.args.text}\n${JSON.stringify(c.args.blocks)}`).join("\n");
    expect(all).toContain("&lt;!channel&gt;");
    expect(all).toContain("&lt;@U0OTHER&gt;");
    expect(all).toContain("&amp;");
    expect(all).not.toMatch(/<!(channel|here|everyone)|<@U|<#C/);
    expect(h.slack.violations).toEqual([]);
  });
});
