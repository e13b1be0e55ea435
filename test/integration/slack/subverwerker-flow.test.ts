// The sub-processor flow through signed Slack requests against the fake Web API and a real
// PostgreSQL (the form itself: subverwerker-form.test.ts): the proposal and its message, the paced requests to each approver, an unauthorised click, the art. 3.7
// confirmation, a second click and a second approver, withdrawal, and the register after each step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBPROCESSOR_ACTIONS } from "../../../src/domain/subprocessor/subprocessor-actions.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { asPayload, type Json, viewSubmission } from "../../fixtures/slack/payloads.ts";
import { fanOutDeps } from "../../support/subprocessor.ts";
import { blockText, currentView, type Harness, REPORTER, startHarness, submit, suggest } from "./harness.ts";
import {
  AN,
  click as clickAs,
  JAN,
  NOW,
  openForm as open,
  PROPOSALS,
  SHARED,
  STRANGER,
  seedSubverwerkerWorld,
  valid,
} from "./subverwerker-support.ts";

let h: Harness;
let acme: { id: string };
let globex: { id: string };
const openForm = () => open(h);
const click = (...args: [string, string, string, string, { id: string; name: string }]) =>
  clickAs(h, ...args);

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  ({ acme, globex } = await seedSubverwerkerWorld(h));
});

afterAll(async () => {
  await h?.close();
});

function messageIn(channel: string) {
  return [...h.slack.messages.values()].filter((m) => m.channel === channel);
}

describe("/subverwerker", () => {
  let proposalId = "";
  const acmeMessages: Record<string, { channel: string; ts: string }> = {};

  it("stores a valid proposal once, even when Slack retries, and posts it with its tally", async () => {
    const view = await openForm();
    const response = await submit(h, view, valid);
    expect(response.status).toBe(200);
    expect(response.text).toBe("");
    await submit(h, view, valid, 1);
    const proposals = await h.db.prisma.subProcessorProposal.findMany();
    expect(proposals).toHaveLength(1);
    proposalId = proposals[0]!.id;
    const [message] = messageIn(PROPOSALS);
    expect(blockText(message!.blocks)).toContain("0 goedgekeurd, 0 geweigerd, 2 in afwachting");
    expect(proposals[0]).toMatchObject({ channelId: PROPOSALS, messageId: message!.ts });
    expect(h.slack.violations).toEqual([]);
  });

  it("sends each approver one request: DMs where they have a Slack identity, else the shared channel", async () => {
    const report = await runApprovalFanOut(fanOutDeps(h.db.prisma, h.app.chat, h.clock));
    expect(report.sent).toBe(3);
    const posts = h.slack
      .callsOf("chat.postMessage")
      .map((c) => String(c.args.channel))
      .filter((c) => c !== PROPOSALS);
    expect(posts.sort()).toEqual([AN.id, JAN.id, SHARED].sort());
    // A second run sends nothing again.
    expect((await runApprovalFanOut(fanOutDeps(h.db.prisma, h.app.chat, h.clock))).sent).toBe(0);
    for (const user of [JAN, AN]) {
      const [dm] = messageIn(`D${user.id.slice(1)}`);
      expect(blockText(dm!.blocks)).toContain("buiten de Europese Economische Ruimte");
      acmeMessages[user.id] = { channel: dm!.channel, ts: dm!.ts };
    }
    const [shared] = messageIn(SHARED);
    expect(blockText(shared!.blocks)).toContain("Consent requested: sub-processor Cloudy Backup Inc");
  });

  it("answers an unauthorised click privately, audits it, and changes nothing", async () => {
    const approval = await approvalOf(acme.id);
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await click(
      SUBPROCESSOR_ACTIONS.approve,
      approval.id,
      acmeMessages[JAN.id]!.channel,
      acmeMessages[JAN.id]!.ts,
      STRANGER,
    );
    const ephemeral = h.slack.callsOf("chat.postEphemeral").slice(before);
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]!.args.user).toBe(STRANGER.id);
    expect(String(ephemeral[0]!.args.text)).toContain("Alleen de aangewezen goedkeurders");
    expect((await approvalOf(acme.id)).status).toBe("pending");
    expect(
      await h.db.prisma.auditLog.count({
        where: { action: "subprocessor.decision_refused", actorUserId: STRANGER.id },
      }),
    ).toBe(1);
  });

  it("outside the EEA, Approve first asks to confirm the art. 3.7 warning", async () => {
    const approval = await approvalOf(acme.id);
    const opened = h.slack.callsOf("views.open").length;
    await click(
      SUBPROCESSOR_ACTIONS.approve,
      approval.id,
      acmeMessages[JAN.id]!.channel,
      acmeMessages[JAN.id]!.ts,
      JAN,
    );
    expect(h.slack.callsOf("views.open")).toHaveLength(opened + 1);
    const dialog = currentView(h, lastViewId());
    expect(blockText(dialog.blocks)).toContain("Art. 3.7");
    const unconfirmed = await h.post(asPayload(viewSubmissionAs(dialog, { confirm: [] }, JAN)));
    expect(Object.keys(unconfirmed.body.errors)).toEqual(["confirm"]);
    expect((await approvalOf(acme.id)).status).toBe("pending");
    await h.post(asPayload(viewSubmissionAs(dialog, { confirm: ["non-eea"] }, JAN)));
    expect(await approvalOf(acme.id)).toMatchObject({
      status: "approved",
      decidedByName: "Jan Peeters",
      via: "slack",
      nonEeaConfirmed: true,
    });
  });

  it("replaces the buttons by the outcome in every message of that customer and updates the tally", async () => {
    for (const user of [JAN, AN]) {
      const message = h.slack.messages.get(`${acmeMessages[user.id]!.channel}/${acmeMessages[user.id]!.ts}`)!;
      const text = blockText(message.blocks);
      expect(text).toContain("Goedgekeurd door Jan Peeters");
      expect(text).not.toContain(SUBPROCESSOR_ACTIONS.approve);
    }
    expect(blockText(messageIn(PROPOSALS)[0]!.blocks)).toContain(
      "1 goedgekeurd, 0 geweigerd, 1 in afwachting",
    );
    const register = await h.db.prisma.customerSubProcessor.findMany({ include: { subProcessor: true } });
    expect(register.map((r) => [r.customerId, r.subProcessor.name, r.status])).toEqual([
      [acme.id, "Cloudy Backup Inc", "approved"],
    ]);
  });

  it("tells a second click and a second approver who decided and when; the first decision stands", async () => {
    const approval = await approvalOf(acme.id);
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await click(
      SUBPROCESSOR_ACTIONS.reject,
      approval.id,
      acmeMessages[AN.id]!.channel,
      acmeMessages[AN.id]!.ts,
      AN,
    );
    await click(
      SUBPROCESSOR_ACTIONS.approve,
      approval.id,
      acmeMessages[JAN.id]!.channel,
      acmeMessages[JAN.id]!.ts,
      JAN,
    );
    const replies = h.slack.callsOf("chat.postEphemeral").slice(before);
    expect(replies.map((r) => r.args.user)).toEqual([AN.id, JAN.id]);
    for (const reply of replies)
      expect(String(reply.args.text)).toMatch(/Al beslist: Goedgekeurd door Jan Peeters op .*2027/);
    expect((await approvalOf(acme.id)).status).toBe("approved");
    expect(await h.db.prisma.auditLog.count({ where: { action: "subprocessor.approved" } })).toBe(1);
  });

  it("lets only a privacy officer withdraw; the pending customer's message then shows it", async () => {
    const proposalMessage = messageIn(PROPOSALS)[0]!;
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await click(SUBPROCESSOR_ACTIONS.withdraw, proposalId, PROPOSALS, proposalMessage.ts, JAN);
    expect(String(h.slack.callsOf("chat.postEphemeral")[before]!.args.text)).toContain(
      "daarvoor is de rol privacyfunctionaris nodig",
    );
    expect((await approvalOf(globex.id)).status).toBe("pending");
    // Slack refuses the update of the proposal message this once: the scheduler catches up.
    h.slack.failNext("chat.update", { status: 429, retryAfter: 1 });
    await click(SUBPROCESSOR_ACTIONS.withdraw, proposalId, PROPOSALS, proposalMessage.ts, REPORTER);
    expect((await approvalOf(globex.id)).status).toBe("withdrawn");
    expect((await approvalOf(acme.id)).status).toBe("approved");
    expect(blockText(messageIn(PROPOSALS)[0]!.blocks)).not.toContain("Ingetrokken op");
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.app.chat, h.clock));
    expect(blockText(messageIn(PROPOSALS)[0]!.blocks)).toContain("Ingetrokken op");
    expect(blockText(messageIn(PROPOSALS)[0]!.blocks)).toContain(
      "1 goedgekeurd, 0 geweigerd, 0 in afwachting",
    );
    const shared = messageIn(SHARED)[0]!;
    expect(blockText(shared.blocks)).toContain("Withdrawn by the proposer");
    expect(blockText(shared.blocks)).not.toContain(SUBPROCESSOR_ACTIONS.approve);
    expect(h.slack.violations).toEqual([]);
  });
});

describe("/subverwerker inside the EEA, for selected customers", () => {
  it("asks only the selected customer, and Approve decides at once", async () => {
    const view = await openForm();
    const typeAhead = await suggest(h, view, "customers", "acm");
    expect(typeAhead.body.options).toEqual([expect.objectContaining({ value: acme.id })]);
    const response = await submit(h, view, {
      ...valid,
      name: "Mailer GmbH",
      country: "DE",
      mechanism: null,
      scope: "selected",
      customers: [{ value: acme.id, text: "Acme NV (acme)" }],
    });
    expect(response.text).toBe("");
    const proposal = await h.db.prisma.subProcessorProposal.findFirstOrThrow({
      where: { subProcessorName: "Mailer GmbH" },
    });
    const approvals = await h.db.prisma.proposalCustomer.findMany({ where: { proposalId: proposal.id } });
    expect(approvals.map((a) => a.customerId)).toEqual([acme.id]);

    const before = h.slack.callsOf("chat.postMessage").length;
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.app.chat, h.clock));
    const sent = h.slack.callsOf("chat.postMessage").slice(before);
    expect(sent.map((c) => c.args.channel).sort()).toEqual([AN.id, JAN.id].sort());
    const dm = [...h.slack.messages.values()].filter((m) => m.channel === `D${JAN.id.slice(1)}`).at(-1)!;
    expect(blockText(dm.blocks)).not.toContain("Europese Economische Ruimte");

    const opened = h.slack.callsOf("views.open").length;
    const replies = h.slack.callsOf("chat.postEphemeral").length;
    await click(SUBPROCESSOR_ACTIONS.approve, approvals[0]!.id, dm.channel, dm.ts, JAN);
    expect(h.slack.callsOf("views.open")).toHaveLength(opened);
    expect(String(h.slack.callsOf("chat.postEphemeral")[replies]!.args.text)).toContain(
      "Geregistreerd: Goedgekeurd door Jan Peeters",
    );
    expect(
      await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approvals[0]!.id } }),
    ).toMatchObject({
      status: "approved",
      nonEeaConfirmed: false,
    });
    expect(h.slack.violations).toEqual([]);
  });
});

/** The customer's approval of the first proposal. */
async function approvalOf(customerId: string) {
  return h.db.prisma.proposalCustomer.findFirstOrThrow({
    where: { customerId },
    orderBy: { createdAt: "asc" },
  });
}

/** The decision dialog opened last. */
function lastViewId(): string {
  const dialogs = [...h.slack.views.entries()].filter(([, v]) =>
    String(v.view.callback_id).startsWith("subprocessor.a"),
  );
  return dialogs.at(-1)![0];
}

function viewSubmissionAs(
  view: Json,
  inputs: Record<string, string[] | string>,
  user: { id: string; name: string },
) {
  return viewSubmission(view, inputs, user);
}
