// Wrong input comes back on the field, in the reporter's language, and nothing is stored. Requests
// without a valid Slack signature are refused before any listener runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNING_SECRET, signatureFor } from "../../fakes/slack/signed-request.ts";
import { asPayload, viewSubmission } from "../../fixtures/slack/payloads.ts";
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
const customer = () => [{ value: acme.id, text: "Acme BV (acme)" }];

beforeAll(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z" });
  acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
});
afterAll(async () => {
  await h?.close();
});

async function nothingStored() {
  expect(await h.db.prisma.incident.count()).toBe(0);
  expect(await h.db.prisma.auditLog.count()).toBe(0);
  expect(h.slack.callsOf("chat.postMessage")).toHaveLength(0);
}

describe("report validation", () => {
  it("puts each error on its field in the reporter's language (Dutch locale)", async () => {
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    const response = await submit(h, view, {
      customers: [],
      discoveredAt: new Date("2026-05-04T08:01:00Z"),
      description: "   ",
      records: "heel veel",
      subjects: "200-100",
      contactEmail: "geen-adres",
      breachStartedAt: new Date("2026-05-04T07:00:00Z"),
      breachEndedAt: new Date("2026-05-04T06:00:00Z"),
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      response_action: "errors",
      errors: {
        customers: "Kies minstens één klant.",
        discoveredAt: "Dit moment ligt in de toekomst.",
        description: "Omschrijf het incident.",
        records: "Schrijf een aantal, een bereik of een schatting, bv. 120, 100-200 of ~500.",
        subjects: "De ondergrens ligt boven de bovengrens.",
        contactEmail: "Dit is geen e-mailadres.",
        breachEndedAt: "Het einde ligt voor het begin.",
      },
    });
    await nothingStored();
  });

  it("answers an English-speaking reporter in English", async () => {
    h.slack.users.set("U0ENGLISH", {
      id: "U0ENGLISH",
      name: "emma",
      realName: "Emma Stone",
      locale: "en-GB",
    });
    const emma = { id: "U0ENGLISH", name: "emma" };
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL, user: emma });
    expect(view.title.text).toBe("Report data breach");
    const response = await h.post(
      asPayload(
        viewSubmission(view, { customers: customer(), discoveredAt: new Date("2026-05-05T08:00:00Z") }, emma),
      ),
    );
    expect(response.body.errors).toEqual({
      discoveredAt: "This moment is in the future.",
      description: "Describe the incident.",
    });
    await nothingStored();
  });

  it("accepts the current minute as discovery time", async () => {
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    h.clock.set("2026-05-04T08:00:59Z");
    const response = await submit(h, view, {
      customers: customer(),
      discoveredAt: new Date("2026-05-04T08:00:00Z"),
      description: "Back-up onversleuteld verstuurd",
    });
    expect(response.text).toBe("");
    expect(await h.db.prisma.incident.count()).toBe(1);
  });
});

describe("request signatures", () => {
  it("refuses a request with a wrong signature or an old timestamp, and stores nothing", async () => {
    const body = asPayload({ type: "view_submission" });
    const now = Math.floor(Date.now() / 1000);
    const wrong = await fetch(h.eventsUrl, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(now),
        "x-slack-signature": signatureFor("not-the-secret", now, body),
      },
      body,
    });
    expect(wrong.status).toBe(401);
    const old = now - 6 * 60;
    const stale = await fetch(h.eventsUrl, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(old),
        "x-slack-signature": signatureFor(SIGNING_SECRET, old, body),
      },
      body,
    });
    expect(stale.status).toBe(401);
  });
});
