// The sub-processor flow through signed Slack requests against the fake Web API and a real
// PostgreSQL: /subverwerker, the country type-ahead, field errors (nothing stored), the proposal
// and its message, the paced requests to each approver, an unauthorised click, the art. 3.7
// confirmation, a second click and a second approver, withdrawal, and the register after each step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBPROCESSOR_ACTIONS } from "../../../src/domain/subprocessor/subprocessor-actions.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import {
  asPayload,
  type Json,
  messageButton,
  slashCommand,
  viewSubmission,
} from "../../fixtures/slack/payloads.ts";
import { fanOutDeps, seedCustomerWithApprovers } from "../../support/subprocessor.ts";
import { blockText, currentView, type Harness, REPORTER, startHarness, submit, suggest } from "./harness.ts";

const NOW = "2027-02-01T09:00:00Z";
const PROPOSALS = "C0PROPOSALS";
const SHARED = "C0GLOBEX01";
const JAN = { id: "U0JAN00001", name: "jan" };
const AN = { id: "U0AN000001", name: "an" };
const STRANGER = { id: "U0STRANGE1", name: "stranger" };
let h: Harness;
let acme: { id: string };
let globex: { id: string };

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  h.slack.memberOf.add(PROPOSALS);
  h.slack.memberOf.add(SHARED);
  for (const [user, realName] of [
    [JAN, "Jan Peeters"],
    [AN, "An Claes"],
    [STRANGER, "Sam Stranger"],
  ] as const) {
    h.slack.users.set(user.id, { id: user.id, name: user.name, realName, locale: "nl-BE" });
  }
  acme = await seedCustomerWithApprovers(h.db.prisma, {
    key: "acme",
    name: "Acme NV",
    language: "nl",
    approvers: [
      { name: "Jan Peeters", email: "jan@acme.example", slackUserId: JAN.id },
      { name: "An Claes", email: "an@acme.example", slackUserId: AN.id },
    ],
  });
  globex = await seedCustomerWithApprovers(h.db.prisma, {
    key: "globex",
    name: "Globex BV",
    language: "en",
    slackChannelId: SHARED,
    approvers: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
});

afterAll(async () => {
  await h?.close();
});

async function openForm(): Promise<Json> {
  await h.post(
    slashCommand({
      triggerId: h.slack.issueTrigger(),
      channelId: PROPOSALS,
      channelName: "proposals",
      command: "/subverwerker",
    }),
  );
  return currentView(h, String(h.slack.callsOf("views.update").at(-1)!.args.view_id));
}

function messageIn(channel: string) {
  return [...h.slack.messages.values()].filter((m) => m.channel === channel);
}

function click(
  actionId: string,
  value: string,
  channelId: string,
  messageTs: string,
  user: { id: string; name: string },
) {
  return h.post(
    asPayload(
      messageButton({ actionId, value, channelId, messageTs, triggerId: h.slack.issueTrigger(), user }),
    ),
  );
}

const valid = {
  name: "Cloudy Backup Inc",
  purpose: "Off-site backups",
  country: "US",
  mechanism: "scc",
  dataCategories: "Backups of the customer database",
  intendedStart: "2027-03-01",
  scope: "all",
  reason: "Our backup provider stops its service",
};

describe("/subverwerker", () => {
  let proposalId = "";
  const acmeMessages: Record<string, { channel: string; ts: string }> = {};

  it("opens the form in the proposer's language with a country list searched by name", async () => {
    const view = await openForm();
    expect(view.title).toMatchObject({ text: "Subverwerker wijzigen" });
    const country = (view.blocks as Json[]).find((b) => b.block_id === "country")!;
    expect(country.element.type).toBe("external_select");
    const response = await suggest(h, view, "country", "zwitser");
    expect(response.body.options).toEqual([
      { text: { type: "plain_text", text: "Zwitserland · buiten de EER", emoji: true }, value: "CH" },
    ]);
    const eea = await suggest(h, view, "country", "duits");
    expect(eea.body.options[0]).toMatchObject({ value: "DE", text: { text: "Duitsland · EER" } });
  });

  it("shows every field error inline and stores nothing", async () => {
    const view = await openForm();
    const empty = await submit(h, view, {
      name: "",
      purpose: "",
      dataCategories: "",
      reason: "",
      intendedStart: null,
    });
    expect(Object.keys(empty.body.errors).sort()).toEqual(
      ["country", "dataCategories", "intendedStart", "name", "purpose", "reason"].sort(),
    );
    const noMechanism = await submit(h, view, { ...valid, mechanism: null });
    expect(noMechanism.body.errors).toEqual({
      [mechanismBlock(view)]: expect.stringContaining("Buiten de EER"),
    });
    const wrongAdequacy = await submit(h, view, { ...valid, mechanism: "adequacy" });
    expect(wrongAdequacy.body.errors[mechanismBlock(view)]).toContain("geen EU-adequaatheidsbesluit");
    const past = await submit(h, view, { ...valid, intendedStart: "2027-01-31" });
    expect(Object.keys(past.body.errors)).toEqual(["intendedStart"]);
    const noSelection = await submit(h, view, { ...valid, scope: "selected", customers: [] });
    expect(Object.keys(noSelection.body.errors)).toEqual(["customers"]);
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(0);
  });

  it("preselects the adequacy decision once a country that has one is chosen", async () => {
    const view = await openForm();
    const payload = {
      type: "block_actions",
      user: { id: REPORTER.id, username: REPORTER.name, name: REPORTER.name, team_id: "T0001" },
      team: { id: "T0001", domain: "example" },
      api_app_id: "A0001",
      trigger_id: h.slack.issueTrigger(),
      container: { type: "view", view_id: view.id },
      view: { ...view, state: { values: {} } },
      actions: [
        {
          type: "external_select",
          action_id: "country",
          block_id: "country",
          selected_option: { value: "CH", text: { type: "plain_text", text: "Zwitserland" } },
          action_ts: "1",
        },
      ],
    };
    await h.post(asPayload(payload));
    const updated = currentView(h, view.id);
    const mechanism = (updated.blocks as Json[]).find((b) => String(b.block_id).startsWith("mechanism"))!;
    expect(mechanism.element.initial_option).toMatchObject({ value: "adequacy" });
    expect(blockText(mechanism)).toContain("Geldt voor Zwitserland");
  });

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

  it("lets only the proposer withdraw; the pending customer's message then shows it", async () => {
    const proposalMessage = messageIn(PROPOSALS)[0]!;
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await click(SUBPROCESSOR_ACTIONS.withdraw, proposalId, PROPOSALS, proposalMessage.ts, JAN);
    expect(String(h.slack.callsOf("chat.postEphemeral")[before]!.args.text)).toContain("Alleen de indiener");
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

function mechanismBlock(view: Json): string {
  return String((view.blocks as Json[]).find((b) => String(b.block_id).startsWith("mechanism"))!.block_id);
}

function viewSubmissionAs(
  view: Json,
  inputs: Record<string, string[] | string>,
  user: { id: string; name: string },
) {
  return viewSubmission(view, inputs, user);
}
