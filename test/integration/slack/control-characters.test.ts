// Control characters through signed Slack requests, on a real PostgreSQL: a NUL (which PostgreSQL
// cannot store) or another control character typed into a form comes back as an error on its field
// in the person's language, and nothing is stored, audited or posted. The same form without it is
// then saved as typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBPROCESSOR_ACTIONS } from "../../../src/domain/subprocessor/subprocessor-actions.ts";
import { REJECT_FORM_ID } from "../../../src/forms/subprocessor/decision-form.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { asPayload, viewSubmission } from "../../fixtures/slack/payloads.ts";
import { fanOutDeps } from "../../support/subprocessor.ts";
import { openRequestForm, seedRequestCustomer } from "../dsr/support.ts";
import {
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  startHarness,
  submit,
} from "./harness.ts";
import { click, JAN, openForm, seedSubverwerkerWorld, valid } from "./subverwerker-support.ts";

const NUL_MESSAGE = "Deze tekst bevat onzichtbare stuurtekens; verwijder ze.";
const LINE_MESSAGE = "Dit veld neemt één regel: verwijder de regeleinden en tabs.";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: "2027-02-01T09:00:00Z" });
  await seedSubverwerkerWorld(h);
});
afterAll(async () => {
  await h?.close();
});

const stored = async () => ({
  proposals: await h.db.prisma.subProcessorProposal.count(),
  incidents: await h.db.prisma.incident.count(),
  requests: await h.db.prisma.dataSubjectRequest.count(),
  audit: await h.db.prisma.auditLog.count(),
  posts: h.slack.callsOf("chat.postMessage").length,
});

describe("control characters in a form", () => {
  it("a sub-processor proposal: a field error per field, nothing stored; then saved as typed", async () => {
    const before = await stored();
    const view = await openForm(h);
    const refused = await submit(h, view, {
      ...valid,
      name: "Cloudy\nBackup Inc",
      purpose: "Off-site\u0000 backups",
      reason: "Our provider stops\u001b[31m",
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({
      response_action: "errors",
      errors: { name: LINE_MESSAGE, purpose: NUL_MESSAGE, reason: NUL_MESSAGE },
    });
    expect(await stored()).toEqual(before);

    const purpose = "Off-site backups:\n\t- nightly\n\t- weekly";
    const saved = await submit(h, view, { ...valid, purpose });
    expect(saved.text).toBe("");
    const proposal = await h.db.prisma.subProcessorProposal.findFirstOrThrow();
    expect(proposal.purpose).toBe(purpose);
  });

  it("an approver's reason for rejecting: the field error, nothing decided", async () => {
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.app.chat, h.clock));
    const dm = [...h.slack.messages.values()].find((m) => m.channel === `D${JAN.id.slice(1)}`)!;
    const customer = await h.db.prisma.customer.findFirstOrThrow({ where: { key: "acme" } });
    const approval = await h.db.prisma.proposalCustomer.findFirstOrThrow({
      where: { customerId: customer.id },
    });
    await click(h, SUBPROCESSOR_ACTIONS.reject, approval.id, dm.channel, dm.ts, JAN);
    const [rejectViewId] = [...h.slack.views.entries()]
      .filter(([, v]) => v.view.callback_id === REJECT_FORM_ID)
      .at(-1)!;
    const dialog = currentView(h, rejectViewId);
    const before = await stored();
    const refused = await h.post(asPayload(viewSubmission(dialog, { reason: "Too far\u0000 away" }, JAN)));
    expect(refused.body).toEqual({ response_action: "errors", errors: { reason: NUL_MESSAGE } });
    expect(await stored()).toEqual(before);
    expect(
      (await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approval.id } })).status,
    ).toBe("pending");
  });

  it("a breach report: the field error, nothing stored", async () => {
    const customer = await h.db.prisma.customer.findFirstOrThrow({ where: { key: "acme" } });
    const before = await stored();
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    const refused = await submit(h, view, {
      customers: [{ value: customer.id, text: "Acme NV (acme)" }],
      discoveredAt: new Date("2027-02-01T08:00:00Z"),
      description: "Mail to the wrong customer\u0000",
    });
    expect(refused.body).toEqual({ response_action: "errors", errors: { description: NUL_MESSAGE } });
    expect(await stored()).toEqual(before);
  });

  it("a data-subject request: the field error, nothing stored", async () => {
    const customer = await seedRequestCustomer(h.db.prisma, {
      key: "initech",
      name: "Initech NV",
      contacts: [{ name: "Inge", email: "privacy@initech.example", roles: ["dsr"] }],
    });
    const before = await stored();
    const view = await openRequestForm(h, { channelId: INCIDENT_CHANNEL, channelName: "incidents" });
    const refused = await submit(h, view, {
      customer: customer.id,
      type: "access",
      receivedAt: new Date("2027-02-01T08:00:00Z"),
      receivedVia: "email",
      subject: "Marie\u0000 Dubois",
      requestText: "Please send me my data\u007f",
    });
    expect(refused.body).toEqual({
      response_action: "errors",
      errors: { subject: NUL_MESSAGE, requestText: NUL_MESSAGE },
    });
    expect(await stored()).toEqual(before);
  });
});
