// A submission that reaches the app twice (Slack's retry after a slow answer, a double click, two
// requests at once) creates one incident and one message. A retried command does not reopen the form.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommand } from "../../fixtures/slack/payloads.ts";
import {
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
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
  acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
});
afterAll(async () => {
  await h?.close();
});

const report = () => ({
  customers: [{ value: acme.id, text: "Acme BV (acme)" }],
  discoveredAt: new Date("2026-05-04T07:00:00Z"),
  description: "Mail naar verkeerde klant",
});

describe("retried submissions", () => {
  it("creates one incident when Slack retries the submission", async () => {
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    const first = await submit(h, view, report());
    const retry = await submit(h, view, report(), 1);
    expect(first.text).toBe("");
    expect(retry.status).toBe(200);
    expect(retry.text).toBe("");
    expect(await h.db.prisma.incident.count()).toBe(1);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(1);
    expect(await h.db.prisma.auditLog.count({ where: { action: "incident.reported" } })).toBe(1);
  });

  it("creates one incident for two simultaneous submissions of one form (double click)", async () => {
    const incidents = await h.db.prisma.incident.count();
    const posts = h.slack.callsOf("chat.postMessage").length;
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    const [a, b] = await Promise.all([submit(h, view, report()), submit(h, view, report())]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await h.db.prisma.incident.count()).toBe(incidents + 1);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(posts + 1);
    const references = (await h.db.prisma.incident.findMany({ orderBy: { reference: "asc" } })).map(
      (i) => i.reference,
    );
    expect(references).toEqual(["DL-2026-0001", "DL-2026-0002"]);
  });

  it("does not open a second form for a retried slash command", async () => {
    const opens = h.slack.callsOf("views.open").length;
    const body = slashCommand({ triggerId: h.slack.issueTrigger(), channelId: INCIDENT_CHANNEL });
    await h.post(body);
    const retry = await h.post(body, { retryNum: 1 });
    expect(retry.status).toBe(200);
    expect(h.slack.callsOf("views.open")).toHaveLength(opens + 1);
  });
});
