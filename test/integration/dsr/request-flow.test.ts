// The whole request flow through signed Slack requests against the fake Web API and a real
// PostgreSQL, without SMTP: /avg-verzoek, field errors, registration (once, also when retried), the
// channel message without personal data, details only for the registrant and privacy officers, a
// forward confirmed by hand, acknowledgement, time and costs, extension and closing, all audited.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeStaffRole } from "../../../src/adapters/db/repositories/staff.ts";
import { REQUEST_ACTIONS } from "../../../src/domain/dsr/request-actions.ts";
import { checkView } from "../../fakes/slack/block-kit-rules.ts";
import { leakedDetails, REQUEST_TEXT, SUBJECT_EMAIL, SUBJECT_NAME } from "../../fixtures/dsr/data-subject.ts";
import { grantRoles } from "../../support/staff.ts";
import { captureLogger } from "../scheduler/support.ts";
import { type Harness, INCIDENT_CHANNEL, REPORTER, startHarness, submit, suggest } from "../slack/harness.ts";
import {
  channelTraffic,
  clickRequestButton,
  messageText,
  openRequestForm,
  seedRequestCustomer,
} from "./support.ts";

const OTHER = { id: "U0OTHER01", name: "olivia" };
const OFFICER = { id: "U0PRIVACY", name: "priya" };
let h: Harness;
const logs = captureLogger();
let customerId: string;

beforeAll(async () => {
  h = await startHarness({
    now: "2026-03-10T10:00:00Z",
    env: { REQUEST_HOURLY_RATE_CENTS: "12000" },
    logger: logs.logger,
  });
  const customer = await seedRequestCustomer(h.db.prisma, {
    key: "acme",
    name: "Acme NV",
    contacts: [
      {
        name: "Inge Privacy",
        email: "privacy@acme.example",
        roles: ["dsr"],
        dsrTypes: ["erasure", "access"],
      },
      { name: "Dirk DPO", email: "dpo@acme.example", roles: ["dpo"] },
    ],
  });
  customerId = customer.id;
  // The service desk: handles requests, never sees the data subject.
  await grantRoles(
    h.db.prisma,
    { platform: "slack", userId: OTHER.id, workspaceId: "T0001", displayName: "Olivia" },
    "incident_handler",
  );
});
afterAll(async () => {
  await h?.close();
});

const filled = () => ({
  customer: customerId,
  type: "erasure",
  receivedAt: new Date("2026-03-10T09:30:00Z"),
  receivedVia: "email",
  subject: `${SUBJECT_NAME} <${SUBJECT_EMAIL}>`,
  requestText: REQUEST_TEXT,
});

async function theRequest() {
  return h.db.prisma.dataSubjectRequest.findFirstOrThrow({ where: { customerId } });
}

describe("a data-subject request from /avg-verzoek to closed", () => {
  let view: Awaited<ReturnType<typeof openRequestForm>>;

  it("opens the form within the trigger's life, with the command's text prefilled", async () => {
    view = await openRequestForm(h, {
      text: REQUEST_TEXT,
      channelId: INCIDENT_CHANNEL,
      channelName: "incidents",
    });
    expect(view.callback_id).toBe("dsr.register");
    const text = view.blocks.find((b: { block_id?: string }) => b.block_id === "requestText");
    expect(text.element.initial_value).toBe(REQUEST_TEXT);
    expect(h.slack.violations).toEqual([]);
  });

  it("offers the customers by type-ahead", async () => {
    const response = await suggest(h, view, "customer", "acm");
    expect(response.body.options).toEqual([
      { text: { type: "plain_text", text: "Acme NV (acme)", emoji: true }, value: customerId },
    ]);
  });

  it("shows field errors on their fields, in the user's language (nl-BE here), and stores nothing", async () => {
    const response = await submit(h, view, {
      ...filled(),
      receivedAt: new Date("2026-03-10T11:00:00Z"),
      subject: "",
      type: null,
    });
    expect(response.body).toMatchObject({
      response_action: "errors",
      errors: {
        receivedAt: "Dit moment ligt in de toekomst.",
        subject: "Hoe identificeerde de betrokkene zich?",
        type: "Kies het soort verzoek.",
      },
    });
    expect(await h.db.prisma.dataSubjectRequest.count()).toBe(0);
  });

  it("registers it once, shows the text to forward privately and posts a message without personal data", async () => {
    const response = await submit(h, view, filled());
    expect(response.body.response_action).toBe("update");
    expect(checkView(response.body.view)).toEqual([]);
    expect(JSON.stringify(response.body.view)).toContain(SUBJECT_EMAIL);
    expect(JSON.stringify(response.body.view)).toContain("privacy@acme.example");
    await submit(h, view, filled(), 1); // Slack's retry of the same submission
    expect(await h.db.prisma.dataSubjectRequest.count()).toBe(1);

    const request = await theRequest();
    expect(request.reference).toBe("AV-2026-0001");
    expect(request.channelId).toBe(INCIDENT_CHANNEL);
    // Received Tuesday 10 March: forward due Wednesday (one working day), legal deadline end of 10 April.
    expect(request.forwardDueAt.toISOString()).toBe("2026-03-11T09:30:00.000Z");
    expect(request.legalDeadline.toISOString()).toBe("2026-04-10T21:59:59.999Z");
    const message = messageText(h, request.channelId!, request.messageId!);
    expect(message).toContain("AV-2026-0001");
    expect(message).toContain("Acme NV");
    expect(message).toContain("erasure (GDPR art. 17)");
    expect(leakedDetails(channelTraffic(h))).toEqual([]);
  });

  it("shows the details only to the registrant and privacy officers, privately", async () => {
    const request = await theRequest();
    const where = { id: request.id, channelId: request.channelId!, messageId: request.messageId! };
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await clickRequestButton(h, REQUEST_ACTIONS.details, where);
    await clickRequestButton(h, REQUEST_ACTIONS.details, where, OTHER);
    await changeStaffRole(
      h.db.prisma,
      { platform: "slack", userId: OFFICER.id, role: "privacy_officer" },
      "grant",
      {
        platform: "cli",
        userId: "operator",
        displayName: "operator",
      },
    );
    await clickRequestButton(h, REQUEST_ACTIONS.details, where, OFFICER);
    const [own, other, officer] = h.slack.callsOf("chat.postEphemeral").slice(before);
    expect(own!.args.user).toBe(REPORTER.id);
    expect(JSON.stringify(own!.args.blocks)).toContain(SUBJECT_NAME);
    expect(other!.args.user).toBe(OTHER.id);
    expect(JSON.stringify(other!.args.blocks)).not.toContain(SUBJECT_NAME);
    expect(JSON.stringify(other!.args.blocks)).toContain(
      "it needs the role privacy officer. An administrator grants it with `dpa-bot staff grant privacy-officer --slack-user U0OTHER01`",
    );
    const refusal = await h.db.prisma.auditLog.findFirstOrThrow({ where: { action: "access.refused" } });
    expect(refusal).toMatchObject({
      actorUserId: OTHER.id,
      entityType: "DataSubjectRequest",
      entityId: request.id,
    });
    expect(JSON.stringify(officer!.args.blocks)).toContain(SUBJECT_NAME);
    const shown = await h.db.prisma.auditLog.count({ where: { action: "request.details_shown" } });
    expect(shown).toBe(2);
  });

  it("records a forward made by hand, then the customer's acknowledgement", async () => {
    const request = await theRequest();
    const where = { id: request.id, channelId: request.channelId!, messageId: request.messageId! };
    const dialog = await clickRequestButton(h, REQUEST_ACTIONS.forwarded, where, OTHER);
    // Someone who may not see the details confirms without seeing the request text.
    expect(JSON.stringify(dialog)).not.toContain(SUBJECT_NAME);
    const refused = await submit(h, dialog!, { to: "", via: "email", at: new Date("2026-03-10T09:00:00Z") });
    expect(refused.body.errors).toMatchObject({
      to: "To whom was it forwarded?",
      at: "That is before the request was received.",
    });
    h.clock.set("2026-03-10T10:30:00Z");
    await submit(h, dialog!, {
      to: "privacy@acme.example",
      via: "email",
      at: new Date("2026-03-10T10:20:00Z"),
    });
    const forwarded = await theRequest();
    expect(forwarded.status).toBe("forwarded");
    expect(forwarded.forwardedToEmails).toEqual(["privacy@acme.example"]);
    expect(forwarded.forwardedAt?.toISOString()).toBe("2026-03-10T10:20:00.000Z");
    expect(messageText(h, where.channelId, where.messageId)).toContain("Forwarded by e-mail");

    await clickRequestButton(h, REQUEST_ACTIONS.acknowledged, where);
    expect((await theRequest()).acknowledgedAt).not.toBeNull();
    expect(messageText(h, where.channelId, where.messageId)).toContain("Forwarded and acknowledged");
  });

  it("records time spent with its cost (art. 8.3), an extension with its reason, and closes", async () => {
    const request = await theRequest();
    const where = { id: request.id, channelId: request.channelId!, messageId: request.messageId! };
    const time = await clickRequestButton(h, REQUEST_ACTIONS.time, where);
    expect((await submit(h, time!, { minutes: "twelve" })).body.errors).toEqual({
      minutes: "Hele minuten, van 1 tot 1440.",
    });
    await submit(h, time!, { minutes: "90" });
    // Slack's retry of the same submission (X-Slack-Retry-Num), and a double click: booked once.
    expect((await submit(h, time!, { minutes: "90" }, 1)).status).toBe(200);
    await Promise.all([submit(h, time!, { minutes: "90" }), submit(h, time!, { minutes: "90" }, 2)]);
    expect(await theRequest()).toMatchObject({ minutesSpent: 90, costCents: 18_000 });
    expect(messageText(h, where.channelId, where.messageId)).toContain("€180.00");

    const extend = await clickRequestButton(h, REQUEST_ACTIONS.extend, where);
    await submit(h, extend!, { reason: "Many requests this month; complex archive search" });
    const extended = await theRequest();
    // 10 March + 3 months = Wednesday 10 June 2026, end of day in Brussels.
    expect(extended.extendedDeadline?.toISOString()).toBe("2026-06-10T21:59:59.999Z");

    const close = await clickRequestButton(h, REQUEST_ACTIONS.close, where);
    await submit(h, close!, { note: "Customer answered the data subject" });
    const closed = await theRequest();
    expect(closed.status).toBe("closed");
    expect(messageText(h, where.channelId, where.messageId)).toContain("(closed)");
  });

  it("audits every change under the named account, without the data subject's details", async () => {
    const request = await theRequest();
    const audit = await h.db.prisma.auditLog.findMany({
      where: { entityId: request.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "request.registered",
      "request.details_shown",
      "access.refused",
      "request.details_shown",
      "request.forwarded",
      "request.acknowledged",
      "request.time_recorded",
      "request.extended",
      "request.closed",
    ]);
    expect(audit.find((a) => a.action === "request.forwarded")).toMatchObject({
      actorPlatform: "slack",
      actorUserId: REPORTER.id,
      actorName: "Steve Peeters",
    });
    expect(audit.filter((a) => a.action === "request.details_shown").map((a) => a.actorUserId)).toEqual([
      REPORTER.id,
      OFFICER.id,
    ]);
    expect(leakedDetails(JSON.stringify(audit.map((a) => ({ ...a, id: String(a.id) }))))).toEqual([]);
  });

  it("never put a data subject's detail in a channel or a log line", () => {
    expect(leakedDetails(channelTraffic(h))).toEqual([]);
    expect(leakedDetails(JSON.stringify(logs.lines()))).toEqual([]);
    expect(h.slack.violations).toEqual([]);
  });
});

describe("refusals at submit", () => {
  it("refuses a customer without anybody to forward to, naming the customer and the fix", async () => {
    const lonely = await seedRequestCustomer(h.db.prisma, { key: "lonely", name: "Lonely BV", contacts: [] });
    const view = await openRequestForm(h, { channelId: INCIDENT_CHANNEL });
    const response = await submit(h, view, { ...filled(), customer: lonely.id });
    expect(response.body.response_action).toBe("errors");
    expect(response.body.errors.customer).toMatch(
      /Lonely BV heeft niemand.*voor lonely een contactpersoon met rol dsr.*customers import/,
    );
    expect(await h.db.prisma.dataSubjectRequest.count({ where: { customerId: lonely.id } })).toBe(0);
  });
});
