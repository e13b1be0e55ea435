// Sub-processor approvals in Teams (art. 9 DPA): a proposal made in Teams is put to each customer's
// approvers with a Teams identity in a personal chat the bot opens by AAD object id; Approve and
// Reject (Action.Execute) are checked against the register, a non-approver is refused privately and
// audited, outside the EEA approving needs the art. 3.7 confirmation, the decided card is updated
// in place; Withdraw asks first and only the proposer may.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBPROCESSOR_ACTIONS } from "../../../src/domain/subprocessor/subprocessor-actions.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import {
  botAddedToTeam,
  cardAction,
  message,
  taskFetch,
  taskSubmit,
} from "../../fixtures/teams/activities.ts";
import { fanOutDeps } from "../../support/subprocessor.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;

const JAN = {
  id: "29:1jan-approver-teams-id",
  name: "Jan Peeters",
  aadObjectId: "5b1c2d3e-0000-4000-8000-00000000a001",
};
const MALLORY = {
  id: "29:1mallory-teams-id",
  name: "Mallory",
  aadObjectId: "5b1c2d3e-0000-4000-8000-00000000ffff",
};

let h: TeamsHarness;
const personal = (user: typeof JAN) => ({
  serviceUrl: h.where.serviceUrl,
  conversation: "personal" as const,
  user,
});

async function propose(name: string, country: string, extra: Json = {}): Promise<string> {
  await h.post(message("subverwerker", h.where));
  const button = (cardsOf(h.connector.sent.at(-1)!.activity)[0] as Json).actions[0];
  const dialog = (await h.post(taskFetch(button.data, h.where))).body.task.value.card.content as Json;
  const submit = (dialog.actions as Json[]).find((a) => a.type === "Action.Submit")!.data;
  const done = await h.post(
    taskSubmit(
      {
        ...submit,
        name,
        purpose: "hosting",
        country,
        dataCategories: "contact details",
        intendedStart: "2026-07-01",
        scope: "all",
        reason: "more capacity",
        ...extra,
      },
      h.where,
    ),
  );
  expect(done.body.task.type).toBe("message");
  const proposal = await h.db.prisma.subProcessorProposal.findFirstOrThrow({
    where: { subProcessorName: name },
  });
  return proposal.id;
}

/** The approval card sent to Jan's personal chat for this proposal, and its activity id. */
async function sentToJan(proposalId: string) {
  const approval = await h.db.prisma.proposalCustomer.findFirstOrThrow({ where: { proposalId } });
  const row = await h.db.prisma.approvalRequest.findFirstOrThrow({
    where: { proposalCustomerId: approval.id, channel: "teams" },
  });
  expect(row).toMatchObject({ status: "sent", recipient: JAN.aadObjectId });
  const sent = h.connector.sent.find((s) => s.activityId === row.messageId)!;
  return {
    approvalId: approval.id,
    activityId: row.messageId!,
    card: cardsOf(sent.activity)[0] as Json,
    sent,
  };
}

const buttonsOf = (card: Json): Json[] =>
  (card.body as Json[]).flatMap((e) => (e.type === "ActionSet" ? (e.actions as Json[]) : []));

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-06-01T09:00:00Z" });
  await h.db.prisma.customer.create({
    data: {
      key: "acme",
      name: "Acme NV",
      language: "en",
      authority: "GBA",
      contacts: {
        create: [
          { name: JAN.name, email: "jan@acme.example", roles: ["approver"], teamsUserId: JAN.aadObjectId },
        ],
      },
    },
  });
  await h.post(botAddedToTeam(h.where));
});
afterAll(async () => {
  await h?.close();
});

describe("sub-processor approvals in Teams", () => {
  it("opens a personal chat with the approver by AAD object id and sends the card once", async () => {
    const proposalId = await propose("Hetzner Online GmbH", "DE");
    const report = await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock));
    expect(report.sent).toBe(1);
    expect(h.connector.createdConversations.at(-1)).toMatchObject({
      isGroup: false,
      members: [{ id: JAN.aadObjectId }],
      channelData: { tenant: { id: expect.any(String) } },
    });
    const { card, sent } = await sentToJan(proposalId);
    expect(sent.conversationId).toBe(`a:personal-${JAN.aadObjectId}`);
    expect(card.refresh.action).toMatchObject({
      type: "Action.Execute",
      verb: SUBPROCESSOR_ACTIONS.refreshApproval,
    });
    expect(buttonsOf(card).map((b) => b.verb)).toEqual([
      SUBPROCESSOR_ACTIONS.approve,
      SUBPROCESSOR_ACTIONS.reject,
    ]);
    // A second pass sends nothing again.
    expect((await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock))).sent).toBe(0);
    expect(h.connector.violations).toEqual([]);
  });

  it("refuses a non-approver privately and audits the attempt; the approver's approve updates the card", async () => {
    const proposal = await h.db.prisma.subProcessorProposal.findFirstOrThrow({
      where: { subProcessorName: "Hetzner Online GmbH" },
    });
    const { approvalId, activityId } = await sentToJan(proposal.id);

    const refused = await h.post(
      cardAction(SUBPROCESSOR_ACTIONS.approve, { value: approvalId }, activityId, personal(MALLORY)),
    );
    expect(refused.body).toMatchObject({ type: "application/vnd.microsoft.activity.message" });
    expect(String(refused.body.value)).toMatch(/designated approvers/i);
    expect((await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe(
      "pending",
    );
    const audit = await h.db.prisma.auditLog.findMany({ where: { actorUserId: MALLORY.aadObjectId } });
    expect(audit.length).toBeGreaterThan(0);

    const approved = await h.post(
      cardAction(SUBPROCESSOR_ACTIONS.approve, { value: approvalId }, activityId, personal(JAN)),
    );
    expect(approved.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(buttonsOf(approved.body.value)).toEqual([]);
    expect(JSON.stringify(approved.body.value)).toContain("Jan Peeters");
    const decided = await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approvalId } });
    expect(decided.status).toBe("approved");
    // The card in Jan's chat, and the proposal's tally card in the channel, updated in place.
    const updated = h.connector.updates.map((u) => u.activityId);
    expect(updated).toContain(activityId);
    expect(updated).toContain(proposal.messageId);
    // A second click says it was decided already.
    const again = await h.post(
      cardAction(SUBPROCESSOR_ACTIONS.approve, { value: approvalId }, activityId, personal(JAN)),
    );
    expect(String(again.body.value)).toMatch(/already/i);
    expect(h.connector.violations).toEqual([]);
  });

  it("outside the EEA approving needs the art. 3.7 confirmation; reject needs a reason", async () => {
    const proposalId = await propose("Acme Cloud Inc", "US", { mechanism: "scc" });
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock));
    const { approvalId, activityId } = await sentToJan(proposalId);

    const form = (
      await h.post(cardAction(SUBPROCESSOR_ACTIONS.approve, { value: approvalId }, activityId, personal(JAN)))
    ).body.value as Json;
    const submit = (form.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const unconfirmed = await h.post(
      cardAction("form.submit", { ...submit.data }, activityId, personal(JAN)),
    );
    const errors = (unconfirmed.body.value.body as Json[]).filter((e) => String(e.id).endsWith(".error"));
    expect(errors.map((e) => e.id)).toEqual(["confirm.error"]);
    expect((await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe(
      "pending",
    );

    const rejectForm = (
      await h.post(cardAction(SUBPROCESSOR_ACTIONS.reject, { value: approvalId }, activityId, personal(JAN)))
    ).body.value as Json;
    const rejectSubmit = (rejectForm.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const noReason = await h.post(
      cardAction("form.submit", { ...rejectSubmit.data, reason: "  " }, activityId, personal(JAN)),
    );
    expect((noReason.body.value.body as Json[]).some((e) => e.id === "reason.error")).toBe(true);

    const confirmed = await h.post(
      cardAction("form.submit", { ...submit.data, confirm: "non-eea" }, activityId, personal(JAN)),
    );
    expect(confirmed.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const decided = await h.db.prisma.proposalCustomer.findUniqueOrThrow({ where: { id: approvalId } });
    expect(decided).toMatchObject({ status: "approved", nonEeaConfirmed: true, via: "teams" });
    expect(h.connector.violations).toEqual([]);
  });

  it("holds a Teams request for the connector's Retry-After and then posts it once", async () => {
    const proposalId = await propose("OVH SAS", "FR");
    const before = h.clock.now().getTime();
    const sentBefore = h.connector.sent.length;
    h.connector.fail(429, { retryAfterSeconds: 30 });
    for (let pass = 0; pass < 5; pass++) {
      const row = await h.db.prisma.approvalRequest.findFirst({
        where: { channel: "teams", status: "sent", proposalCustomer: { proposalId } },
      });
      if (row) break;
      await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock));
      h.clock.advance(60_000);
    }
    const row = await h.db.prisma.approvalRequest.findFirstOrThrow({
      where: { channel: "teams", proposalCustomer: { proposalId } },
    });
    expect(row.status).toBe("sent");
    expect(row.sentAt!.getTime() - before).toBeGreaterThanOrEqual(30_000);
    const posts = h.connector.sent.slice(sentBefore).filter((s) => s.conversationId === row.messageChannelId);
    expect(posts).toHaveLength(1);
  });

  it("refreshes a card to its current state and lets only the proposer withdraw, after asking", async () => {
    const proposalId = await propose("Scaleway SAS", "FR");
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock));
    const { approvalId, activityId } = await sentToJan(proposalId);
    const proposal = await h.db.prisma.subProcessorProposal.findUniqueOrThrow({ where: { id: proposalId } });

    const asked = await h.post(
      cardAction(SUBPROCESSOR_ACTIONS.withdraw, { value: proposalId }, proposal.messageId!, h.where),
    );
    const confirm = (asked.body.value.actions as Json[]).find((a) => a.verb === "form.submit")!;
    const byOther = await h.post(
      cardAction("form.submit", confirm.data, proposal.messageId!, {
        ...h.where,
        user: MALLORY,
      }),
    );
    expect(byOther.body.type).toBe("application/vnd.microsoft.activity.message");
    expect(
      (await h.db.prisma.subProcessorProposal.findUniqueOrThrow({ where: { id: proposalId } })).status,
    ).toBe("open");

    const withdrawn = await h.post(cardAction("form.submit", confirm.data, proposal.messageId!, h.where));
    expect(withdrawn.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(
      (await h.db.prisma.subProcessorProposal.findUniqueOrThrow({ where: { id: proposalId } })).status,
    ).toBe("withdrawn");

    // Jan's card, refreshed when shown, has no buttons any more; the scheduler updates it too.
    const refreshed = await h.post(
      cardAction(SUBPROCESSOR_ACTIONS.refreshApproval, { value: approvalId }, activityId, personal(JAN)),
    );
    expect(buttonsOf(refreshed.body.value)).toEqual([]);
    await runApprovalFanOut(fanOutDeps(h.db.prisma, h.teams.chat, h.clock));
    const last = h.connector.updates.filter((u) => u.activityId === activityId).at(-1)!;
    expect(buttonsOf(cardsOf(last.activity)[0] as Json)).toEqual([]);
    expect(JSON.stringify(h.connector.shown.get(proposal.messageId!))).not.toContain(
      SUBPROCESSOR_ACTIONS.withdraw,
    );
    expect(h.connector.violations).toEqual([]);
  });
});
