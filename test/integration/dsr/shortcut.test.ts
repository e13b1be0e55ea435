// The message shortcut "Register as data-subject request": a request pasted or forwarded into
// Slack as a message opens the request form with that message's text, and registers like the command.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_SHORTCUT } from "../../../src/adapters/slack/dsr/request-command.ts";
import { leakedDetails, PASTED_EMAIL, PASTED_SUBJECT } from "../../fixtures/dsr/data-subject.ts";
import { asPayload, messageShortcut } from "../../fixtures/slack/payloads.ts";
import { currentView, type Harness, INCIDENT_CHANNEL, startHarness, submit } from "../slack/harness.ts";
import { channelTraffic, seedRequestCustomer } from "./support.ts";

let h: Harness;
let customerId: string;

beforeAll(async () => {
  h = await startHarness({ now: "2026-05-04T08:00:00Z", env: { DEFAULT_LANGUAGE: "en" } });
  customerId = (
    await seedRequestCustomer(h.db.prisma, {
      key: "acme",
      name: "Acme NV",
      contacts: [{ name: "Inge", email: "privacy@acme.example", roles: ["dsr"] }],
    })
  ).id;
});
afterAll(async () => {
  await h?.close();
});

describe("the message shortcut", () => {
  it("opens the request form with the message's text and registers the request", async () => {
    const response = await h.post(
      asPayload(
        messageShortcut({
          callbackId: REQUEST_SHORTCUT,
          triggerId: h.slack.issueTrigger(),
          text: PASTED_EMAIL,
          channelId: INCIDENT_CHANNEL,
          channelName: "incidents",
        }),
      ),
    );
    expect(response.status).toBe(200);
    expect(h.slack.callsOf("views.open")).toHaveLength(1);
    const view = currentView(h, String(h.slack.callsOf("views.update").at(-1)!.args.view_id));
    expect(view.callback_id).toBe("dsr.register");
    const text = view.blocks.find((b: { block_id?: string }) => b.block_id === "requestText");
    expect(text.element.initial_value).toBe(PASTED_EMAIL);

    await submit(h, view, {
      customer: customerId,
      type: "access",
      receivedAt: new Date("2026-05-04T07:30:00Z"),
      receivedVia: "email",
      subject: PASTED_SUBJECT,
    });
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    expect(request).toMatchObject({
      type: "access",
      requestText: PASTED_EMAIL,
      subjectDetails: PASTED_SUBJECT,
    });
    // Received Monday 4 May: one month ends Thursday 4 June 2026 (no holiday), end of day in Brussels.
    expect(request.legalDeadline.toISOString()).toBe("2026-06-04T21:59:59.999Z");
    expect(request.channelId).toBe(INCIDENT_CHANNEL);
    expect(leakedDetails(channelTraffic(h))).toEqual([]);
    expect(h.slack.violations).toEqual([]);
  });
});
