// The customer type-ahead with a register of 1,000 customers, and completing a report later
// (GDPR art. 33(4)): the form comes back prefilled; a corrected discovery time moves every clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { checkOptionsResponse } from "../../fakes/slack/block-kit-rules.ts";
import { asPayload, viewSelectChange } from "../../fixtures/slack/payloads.ts";
import {
  blockText,
  clickIncidentButton,
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  startHarness,
  submit,
  suggest,
} from "./harness.ts";

let h: Harness;
const LONG_NAME = `Vereniging voor ${"zeer ".repeat(20)}lange namen`;

beforeAll(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
  await h.db.prisma.customer.createMany({
    data: Array.from({ length: 1000 }, (_, i) => ({
      key: `klant-${String(i).padStart(4, "0")}`,
      name: i === 7 ? LONG_NAME : `Klant ${String(i).padStart(4, "0")} BV`,
    })),
  });
});
afterAll(async () => {
  await h?.close();
});

describe("customer type-ahead", () => {
  it("answers within Slack's limits with 1,000 customers", async () => {
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    const all = await suggest(h, view, "customers", "");
    expect(all.ackMs).toBeLessThan(3000);
    expect(all.body.options).toHaveLength(100);
    expect(checkOptionsResponse(all.body)).toEqual([]);

    const one = await suggest(h, view, "customers", "klant 0999");
    expect(one.body.options.map((o: { text: { text: string } }) => o.text.text)).toEqual([
      "Klant 0999 BV (klant-0999)",
    ]);

    const long = await suggest(h, view, "customers", "zeer zeer");
    const [option] = long.body.options;
    expect(option.text.text.length).toBeLessThanOrEqual(75);
    expect(option.text.text.endsWith("…")).toBe(true);
  });
});

describe("completing a report", () => {
  it("prefills the form from the incident and moves both clocks with a corrected discovery time", async () => {
    const [a, b] = await h.db.prisma.customer.findMany({
      where: { key: { in: ["klant-0001", "klant-0002"] } },
      orderBy: { key: "asc" },
    });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    await submit(h, view, {
      customers: [{ value: a!.id, text: a!.name }],
      discoveredAt: new Date("2026-05-04T07:00:00Z"),
      description: "Eerste melding",
      records: "~500",
    });
    const row = await h.db.prisma.incident.findFirstOrThrow();
    const incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };

    const form = await clickIncidentButton(h, INCIDENT_ACTIONS.complete, incident);
    expect(form.title.text).toBe("Melding aanvullen");
    const prefilled = blockText(form.blocks);
    expect(prefilled).toContain("Eerste melding");
    expect(prefilled).toContain('"initial_value":"500"');
    expect(prefilled).toContain(a!.id);

    const response = await submit(h, form, {
      customers: [
        { value: a!.id, text: a!.name },
        { value: b!.id, text: b!.name },
      ],
      discoveredAt: new Date("2026-05-04T06:00:00Z"),
      consequences: "Phishing mogelijk",
      measures: "Wachtwoorden gereset",
    });
    expect(response.text).toBe("");
    const after = await h.db.prisma.incident.findFirstOrThrow({ include: { customers: true } });
    expect(after.reference).toBe(row.reference);
    expect(after.consequences).toBe("Phishing mogelijk");
    expect(after.customers.map((c) => c.notifyDeadline.toISOString())).toEqual([
      "2026-05-05T06:00:00.000Z",
      "2026-05-05T06:00:00.000Z",
    ]);
    expect(await h.db.prisma.auditLog.count({ where: { action: "incident.report_updated" } })).toBe(1);
    expect(blockText(h.slack.callsOf("chat.update").at(-1)!.args.blocks)).toContain("Klant 0002 BV");
  });
});

describe("a dialog for one of several customers", () => {
  it("reloads for the customer chosen in its drop-down and records for that customer", async () => {
    const [a, b] = await h.db.prisma.customer.findMany({
      where: { key: { in: ["klant-0003", "klant-0004"] } },
      orderBy: { key: "asc" },
    });
    await h.db.prisma.contact.create({
      data: {
        customerId: b!.id,
        name: "Bea",
        email: "bea@b.example",
        phone: "+32 9 999 99 99",
        roles: ["breach"],
      },
    });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    await submit(h, view, {
      customers: [
        { value: a!.id, text: a!.name },
        { value: b!.id, text: b!.name },
      ],
      discoveredAt: new Date("2026-05-04T07:30:00Z"),
      description: "Twee klanten",
    });
    const row = await h.db.prisma.incident.findFirstOrThrow({
      where: { description: "Twee klanten" },
      include: { customers: true },
    });
    const incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
    const clockOfB = row.customers.find((c) => c.customerId === b!.id)!;

    const dialog = await clickIncidentButton(h, INCIDENT_ACTIONS.informed, incident);
    const select = dialog.blocks.find((block: { block_id: string }) => block.block_id === "customer");
    expect(select.dispatch_action).toBe(true);
    await h.post(asPayload(viewSelectChange(dialog, "customer", clockOfB.id, h.slack.issueTrigger())));
    const reloaded = currentView(h, dialog.id);
    expect(JSON.stringify(reloaded.blocks)).toContain("Bea (+32 9 999 99 99)");

    const response = await submit(h, reloaded, { via: "phone" });
    expect(response.text).toBe("");
    const clocks = await h.db.prisma.incidentCustomer.findMany({ where: { incidentId: row.id } });
    expect(clocks.find((c) => c.customerId === b!.id)!.notifiedTo).toBe("Bea (+32 9 999 99 99)");
    expect(clocks.find((c) => c.customerId === a!.id)!.notifiedAt).toBeNull();
    expect(h.slack.violations).toEqual([]);
  });
});
