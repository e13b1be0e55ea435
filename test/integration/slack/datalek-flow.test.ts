// The whole breach flow through signed HTTP requests, as Slack sends them: /datalek, the customer
// type-ahead, the report, the incident message, customer informed, notification text, authority
// decision and closing. Every view and message passes the fake Slack's Block Kit limits.
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
  suggest,
} from "./harness.ts";

const NOW = "2026-05-04T08:00:00Z";
let h: Harness;
let acme: { id: string };

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme BV",
    language: "nl",
    contacts: [{ name: "Jan Janssens", email: "jan@acme.example", phone: "+32 2 123 45 67" }],
  });
  await seedCustomer(h, { key: "globex", name: "Globex NV", language: "en", authority: "AP" });
});

afterAll(async () => {
  await h?.close();
});

describe("/datalek to a closed incident", () => {
  let incident: { id: string; channelId: string; messageId: string };

  it("opens the form at once and prefills description, discovery time and contact person", async () => {
    const { response, view } = await openReportForm(h, {
      text: "Laptop gestolen uit auto",
      channelId: INCIDENT_CHANNEL,
    });
    expect(response.status).toBe(200);
    expect(response.ackMs).toBeLessThan(3000);
    // Slack answered users.info quickly: the form itself opened, in one call, with no loading view.
    expect(h.slack.callsOf("views.open")).toHaveLength(1);
    expect(h.slack.callsOf("views.update")).toHaveLength(0);
    const text = JSON.stringify(view.blocks);
    expect(view.title).toMatchObject({ text: "Datalek melden" });
    expect(text).toContain("Laptop gestolen uit auto");
    expect(text).toContain("Steve Peeters");
    expect(text).toContain("steve.peeters@provider.example");
    expect(text).toContain(String(Date.parse(NOW) / 1000));
  });

  it("suggests customers as the reporter types", async () => {
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    const response = await suggest(h, view, "customers", "acm");
    expect(response.status).toBe(200);
    expect(response.body.options).toEqual([
      { text: { type: "plain_text", text: "Acme BV (acme)", emoji: true }, value: acme.id },
    ]);
  });

  it("stores the report with both clocks and posts the incident in the channel", async () => {
    const { view } = await openReportForm(h, { text: "Laptop gestolen", channelId: INCIDENT_CHANNEL });
    const discovered = new Date("2026-05-04T06:30:00Z");
    const response = await submit(h, view, {
      customers: [{ value: acme.id, text: "Acme BV (acme)" }],
      discoveredAt: discovered,
      nature: ["confidentiality"],
      records: "100-200",
      subjects: "~150",
    });
    expect(response.status).toBe(200);
    expect(response.text).toBe("");

    const [posted] = h.slack.callsOf("chat.postMessage");
    expect(posted!.args.channel).toBe(INCIDENT_CHANNEL);
    const row = await h.db.prisma.incident.findFirstOrThrow({ include: { customers: true } });
    expect(row.reference).toBe("DL-2026-0001");
    expect(row.discoveredAt.toISOString()).toBe(discovered.toISOString());
    expect(row.recordsMin).toBe(100);
    expect(row.recordsMax).toBe(200);
    expect(row.subjectsMin).toBe(150);
    expect(row.customers[0]!.notifyDeadline.toISOString()).toBe("2026-05-05T06:30:00.000Z");
    expect(row.customers[0]!.authorityDeadline.toISOString()).toBe("2026-05-07T06:30:00.000Z");
    expect(row.channelId).toBe(INCIDENT_CHANNEL);
    expect(row.messageId).toBeTruthy();
    incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };

    const text = blockText(posted!.args.blocks);
    expect(text).toContain("DL-2026-0001");
    expect(text).toContain("Acme BV");
    expect(text).toContain("<!date^1777962600^{date_short_pretty} {time}|");
    expect(h.slack.violations).toEqual([]);
  });

  it("records that the customer was informed and updates the message in place", async () => {
    h.clock.set("2026-05-04T09:00:00Z");
    const view = await clickIncidentButton(h, INCIDENT_ACTIONS.informed, incident);
    expect(JSON.stringify(view.blocks)).toContain("Jan Janssens (+32 2 123 45 67)");
    const response = await submit(h, view, { via: "phone", at: new Date("2026-05-04T08:55:00Z") });
    expect(response.text).toBe("");
    const update = h.slack.callsOf("chat.update").at(-1);
    expect(update!.args.ts).toBe(incident.messageId);
    expect(blockText(update!.args.blocks)).toContain("Informed by phone");
    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow();
    expect(clock.notifiedVia).toBe("phone");
    expect(clock.notifiedAt?.toISOString()).toBe("2026-05-04T08:55:00.000Z");
    expect(clock.notifiedTo).toBe("Jan Janssens (+32 2 123 45 67)");
  });

  it("shows the notification text in the customer's language with the contacts' phone numbers", async () => {
    const view = await clickIncidentButton(h, INCIDENT_ACTIONS.notification, incident);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("Melding datalek DL-2026-0001 – Acme BV");
    expect(text).toContain("Omschrijving incident: Laptop gestolen");
    expect(text).toContain("tel. +32 2 123 45 67");
    expect(text).toContain("100–200");
    // Without SMTP there is nothing to send: the text is to copy.
    expect(view.submit).toBeUndefined();
  });

  it("records the customer's decision on the authority", async () => {
    const view = await clickIncidentButton(h, INCIDENT_ACTIONS.authority, incident);
    const updates = h.slack.callsOf("chat.update").length;
    const response = await submit(h, view, { decision: "not_notify", note: "Versleutelde schijf" });
    expect(response.text).toBe("");
    expect(h.slack.callsOf("chat.update")).toHaveLength(updates + 1);
    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow();
    expect(clock.authorityDecision).toBe("not_notify");
    expect(clock.authorityDecisionNote).toBe("Versleutelde schijf");
  });

  it("closes the incident and keeps every step in the audit log under the reporter's name", async () => {
    const view = await clickIncidentButton(h, INCIDENT_ACTIONS.close, incident);
    const response = await submit(h, view, { note: "Afgehandeld" });
    expect(response.text).toBe("");
    const update = h.slack.callsOf("chat.update").at(-1);
    expect(blockText(update!.args.blocks)).toContain("(closed)");
    expect(blockText(update!.args.blocks)).not.toContain('"type":"actions"');
    const row = await h.db.prisma.incident.findFirstOrThrow();
    expect(row.status).toBe("closed");
    const audit = await h.db.prisma.auditLog.findMany({
      where: { entityType: "Incident" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "incident.reported",
      "incident.customer_informed",
      "incident.authority_decision",
      "incident.closed",
    ]);
    expect(new Set(audit.map((a) => `${a.actorPlatform}:${a.actorUserId}:${a.actorName}`))).toEqual(
      new Set(["slack:U2147483697:Steve Peeters"]),
    );
    expect(h.slack.violations).toEqual([]);
  });
});
