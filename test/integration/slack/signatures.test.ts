// POST /slack/events trusts only what Slack signed: a forged, tampered, unsigned or stale (> 5 min)
// request is answered 401 and changes nothing (checked in the database and at the Web API). Bolt
// accepts a correctly signed request again within those 5 minutes, so a replay of one (same body,
// timestamp and signature) must not change anything twice: not a report, not a dialog's change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { signatureFor } from "../../fakes/slack/signed-request.ts";
import { asPayload, messageButton, slashCommand, viewSubmission } from "../../fixtures/slack/payloads.ts";
import {
  clickIncidentButton,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  seedCustomer,
  startHarness,
} from "./harness.ts";

let h: Harness;
let acme: { id: string };

beforeAll(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
  acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme BV",
    contacts: [{ name: "Jan Janssens", email: "jan@acme.example", phone: "+32 2 123 45 67" }],
  });
});
afterAll(async () => {
  await h?.close();
});

/** Everything a request could have written. */
async function stored() {
  const p = h.db.prisma;
  const [incidents, clocks, updates, audit, accounts, handled, workspaces] = await Promise.all([
    p.incident.count(),
    p.incidentCustomer.count(),
    p.incidentUpdate.count(),
    // Changes; a refused attempt (a replayed closing finds the incident closed) is audited apart.
    p.auditLog.count({ where: { action: { not: "incident.change_refused" } } }),
    p.account.count(),
    p.handledRequest.count(),
    p.workspace.count(),
  ]);
  return { incidents, clocks, updates, audit, accounts, handled, workspaces };
}

const now = () => Math.floor(Date.now() / 1000);

async function reportFormView() {
  const { view } = await openReportForm(h, { text: "Laptop gestolen", channelId: INCIDENT_CHANNEL });
  return view;
}

function reportBody(view: Record<string, unknown>) {
  return asPayload(
    viewSubmission(view, {
      customers: [{ value: acme.id, text: "Acme BV (acme)" }],
      discoveredAt: new Date("2026-05-04T06:30:00Z"),
      nature: ["confidentiality"],
    }),
  );
}

describe("requests Slack did not sign", () => {
  it("refuses a forged, a tampered and an unsigned request with 401 and stores nothing", async () => {
    const view = await reportFormView();
    const body = reportBody(view);
    const before = await stored();
    const calls = h.slack.calls.length;

    const forged = await h.post(body, { secret: "not-the-signing-secret" });
    const ts = now();
    const tampered = await h.post(body, {
      timestamp: ts,
      signature: signatureFor("test-signing-secret-0123456789abcdef", ts, body.replace("Laptop", "Lapt0p")),
    });
    const unsigned = await h.post(body, { signature: "" });
    const command = await h.post(slashCommand({ triggerId: h.slack.issueTrigger() }), { secret: "guess" });

    expect([forged.status, tampered.status, unsigned.status, command.status]).toEqual([401, 401, 401, 401]);
    expect(await stored()).toEqual(before);
    expect(h.slack.calls.length).toBe(calls);
  });

  it("refuses a correctly signed request older than 5 minutes", async () => {
    const view = await reportFormView();
    const before = await stored();
    const calls = h.slack.calls.length;
    const stale = await h.post(reportBody(view), { timestamp: now() - 6 * 60 });
    const staleCommand = await h.post(slashCommand({ triggerId: h.slack.issueTrigger() }), {
      timestamp: now() - 6 * 60,
    });
    expect([stale.status, staleCommand.status]).toEqual([401, 401]);
    expect(await stored()).toEqual(before);
    expect(h.slack.calls.length).toBe(calls);
  });
});

describe("a correctly signed request replayed within 5 minutes", () => {
  it("makes one incident of a replayed report, posted once", async () => {
    const view = await reportFormView();
    const body = reportBody(view);
    const before = await stored();
    const posts = h.slack.callsOf("chat.postMessage").length;
    const signed = { timestamp: now() };
    const first = await h.post(body, signed);
    const replay = await h.post(body, signed);
    expect([first.status, replay.status]).toEqual([200, 200]);
    const after = await stored();
    expect(after.incidents).toBe(before.incidents + 1);
    expect(after.audit).toBe(before.audit + 1);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(posts + 1);
  });

  it("opens no second form for a replayed /datalek (Slack takes a trigger once) and stores nothing", async () => {
    const body = slashCommand({ triggerId: h.slack.issueTrigger(), channelId: INCIDENT_CHANNEL });
    const before = await stored();
    const signed = { timestamp: now() };
    expect((await h.post(body, signed)).status).toBe(200);
    const opened = h.slack.views.size;
    expect((await h.post(body, signed)).status).toBe(200);
    expect(h.slack.views.size).toBe(opened);
    expect(await stored()).toEqual(before);
  });

  describe("the incident's buttons and dialogs", () => {
    let incident: { id: string; channelId: string; messageId: string };

    beforeAll(async () => {
      const view = await reportFormView();
      await h.post(reportBody(view));
      const row = await h.db.prisma.incident.findFirstOrThrow({ orderBy: { reportedAt: "desc" } });
      incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
      h.clock.set("2026-05-04T09:00:00Z");
    });

    it("changes nothing on a replayed button click: it only opens a dialog, once", async () => {
      const body = asPayload(
        messageButton({
          actionId: INCIDENT_ACTIONS.informed,
          value: incident.id,
          channelId: incident.channelId,
          messageTs: incident.messageId,
          triggerId: h.slack.issueTrigger(),
        }),
      );
      const before = await stored();
      const signed = { timestamp: now() };
      await h.post(body, signed);
      const opened = h.slack.views.size;
      await h.post(body, signed);
      expect(h.slack.views.size).toBe(opened);
      expect(await stored()).toEqual(before);
    });

    const dialogs: Array<[string, string, Record<string, string | Date>]> = [
      [
        "customer informed",
        INCIDENT_ACTIONS.informed,
        { via: "phone", at: new Date("2026-05-04T08:55:00Z") },
      ],
      ["authority decision", INCIDENT_ACTIONS.authority, { decision: "not_notify", note: "Versleuteld" }],
      ["closing", INCIDENT_ACTIONS.close, { note: "Afgehandeld" }],
    ];
    for (const [name, action, inputs] of dialogs) {
      it(`records a replayed ${name} once, with one timeline entry and one audit row`, async () => {
        const view = await clickIncidentButton(h, action, incident);
        const body = asPayload(viewSubmission(view, inputs));
        const before = await stored();
        const updates = h.slack.callsOf("chat.update").length;
        const signed = { timestamp: now() };
        // Twice at once (a replay racing the original) and once more afterwards.
        const [first, second] = await Promise.all([h.post(body, signed), h.post(body, signed)]);
        const third = await h.post(body, signed);
        expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
        if (action === INCIDENT_ACTIONS.close) expect(third.body.response_action).toBe("errors");
        const after = await stored();
        expect(after.audit).toBe(before.audit + 1);
        expect(after.updates).toBe(before.updates + 1);
        expect(after.incidents).toBe(before.incidents);
        expect(h.slack.callsOf("chat.update").length).toBeGreaterThan(updates);
      });
    }
  });
});
