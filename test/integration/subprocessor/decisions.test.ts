// The sub-processor use cases on a real PostgreSQL: a proposal with one approval per customer and
// one request per recipient, decisions only by the customer's approvers, the first decision
// standing, the art. 3.7 confirmation, withdrawal, written consent, and the register after each.

import { beforeAll, describe, expect, it } from "vitest";
import { AccessRefusal } from "../../../src/domain/access/access-control.ts";
import { decideApproval } from "../../../src/domain/subprocessor/decide-approval.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { SubprocessorDeps } from "../../../src/domain/subprocessor/subprocessor-deps.ts";
import { SubprocessorRefusal } from "../../../src/domain/subprocessor/subprocessor-error.ts";
import { withdrawProposal } from "../../../src/domain/subprocessor/withdraw-proposal.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import {
  proposalInput,
  STAFF,
  seedCustomerWithApprovers,
  subprocessorDeps,
} from "../../support/subprocessor.ts";
import { ManualClock } from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const clock = new ManualClock("2027-02-01T09:00:00Z");
let deps: SubprocessorDeps;
let acme: { id: string };
let globex: { id: string };
const JAN = {
  platform: "slack" as const,
  userId: "U0JAN0001",
  workspaceId: "T0001",
  displayName: "Jan Peeters",
};

beforeAll(async () => {
  await grantRoles(prisma, STAFF, "privacy_officer");
  deps = subprocessorDeps(prisma, new RecordingChat(clock), clock, { emailEnabled: true });
  acme = await seedCustomerWithApprovers(prisma, {
    key: "acme",
    name: "Acme NV",
    approvers: [
      { name: "Jan Peeters", email: "jan@acme.example", slackUserId: JAN.userId },
      { name: "An Claes", email: "an@acme.example", slackUserId: "U0AN00001" },
      { name: "Breach Only", email: "breach@acme.example", slackUserId: "U0BREACH1", roles: ["breach"] },
    ],
  });
  globex = await seedCustomerWithApprovers(prisma, {
    key: "globex",
    name: "Globex BV",
    language: "en",
    slackChannelId: "C0GLOBEX1",
    approvers: [{ name: "Piet Jansen", email: "piet@globex.example" }],
  });
});

async function approvalOf(proposalId: string, customerId: string) {
  return prisma.proposalCustomer.findUniqueOrThrow({
    where: { proposalId_customerId: { proposalId, customerId } },
  });
}

describe("proposing a change", () => {
  it("stores one approval per customer and one request per recipient; a retried submission adds nothing", async () => {
    const command = {
      input: proposalInput(),
      idempotencyKey: "view:V1",
      actor: STAFF,
      language: "en" as const,
      platform: "slack" as const,
    };
    const first = await proposeChange(deps, command);
    const again = await proposeChange(deps, command);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, proposal: { id: first.proposal.id } });
    expect(first.proposal.reference).toBe("SV-2027-0001");
    expect(await prisma.subProcessorProposal.count()).toBe(1);
    const requests = await prisma.approvalRequest.findMany({
      where: { proposalCustomer: { proposalId: first.proposal.id } },
      select: { channel: true, recipient: true },
      orderBy: [{ channel: "asc" }, { recipient: "asc" }],
    });
    // Acme: two approvers with a Slack identity (DMs) and their e-mails; the breach contact is no
    // approver. Globex: its only approver has no Slack identity: the shared channel, and e-mail.
    expect(requests).toEqual([
      { channel: "slack", recipient: "C0GLOBEX1" },
      { channel: "slack", recipient: "U0AN00001" },
      { channel: "slack", recipient: JAN.userId },
      { channel: "email", recipient: "an@acme.example" },
      { channel: "email", recipient: "jan@acme.example" },
      { channel: "email", recipient: "piet@globex.example" },
    ]);
    expect(await deps.proposals.tally(first.proposal.id)).toEqual({
      approved: 0,
      rejected: 0,
      pending: 2,
      withdrawn: 0,
      total: 2,
    });
    // Not in use anywhere before an approval (art. 9 DPA: prior consent).
    expect(await prisma.customerSubProcessor.count()).toBe(0);
  });
});

describe("deciding", () => {
  it("refuses and audits someone who is not that customer's approver, and changes nothing", async () => {
    const { proposal } = await proposeChange(deps, {
      input: proposalInput({ subProcessorName: "Mailer GmbH", country: "DE", mechanism: "none" }),
      idempotencyKey: "view:V2",
      actor: STAFF,
      language: "en",
      platform: "slack",
    });
    const approval = await approvalOf(proposal.id, acme.id);
    for (const actor of [STAFF, { ...JAN, userId: "U0BREACH1", displayName: "Breach Only" }]) {
      const result = await decideApproval(deps, {
        approvalId: approval.id,
        state: "approved",
        actor,
        via: "slack",
      });
      expect(result.outcome).toBe("not-allowed");
    }
    expect((await approvalOf(proposal.id, acme.id)).status).toBe("pending");
    const audits = await prisma.auditLog.findMany({
      where: { action: "subprocessor.decision_refused", entityId: approval.id },
    });
    expect(audits.map((a) => a.actorUserId).sort()).toEqual(["U0BREACH1", STAFF.userId].sort());
  });

  it("records the first decision; a second click or second approver is told who decided when", async () => {
    const proposal = await prisma.subProcessorProposal.findFirstOrThrow({
      where: { subProcessorName: "Mailer GmbH" },
    });
    const approval = await approvalOf(proposal.id, acme.id);
    const first = await decideApproval(deps, {
      approvalId: approval.id,
      state: "approved",
      actor: JAN,
      via: "slack",
    });
    expect(first.outcome).toBe("decided");
    clock.advance(60_000);
    const second = await decideApproval(deps, {
      approvalId: approval.id,
      state: "rejected",
      reason: "no",
      actor: { ...JAN, userId: "U0AN00001", displayName: "An Claes" },
      via: "slack",
    });
    expect(second).toMatchObject({
      outcome: "already",
      decision: { state: "approved", byName: "Jan Peeters", via: "slack" },
    });
    const stored = await approvalOf(proposal.id, acme.id);
    expect(stored).toMatchObject({
      status: "approved",
      decidedByName: "Jan Peeters",
      via: "slack",
      nonEeaConfirmed: false,
    });
    // In use for Acme now, and only for Acme.
    const register = await prisma.customerSubProcessor.findMany({ include: { subProcessor: true } });
    expect(register.map((r) => [r.customerId, r.subProcessor.name, r.status, r.proposalId])).toEqual([
      [acme.id, "Mailer GmbH", "approved", proposal.id],
    ]);
    expect(await deps.proposals.tally(proposal.id)).toMatchObject({ approved: 1, pending: 1 });
  });

  it("outside the EEA an approval needs the art. 3.7 confirmation; a rejection needs a reason", async () => {
    const proposal = await prisma.subProcessorProposal.findFirstOrThrow({
      where: { subProcessorName: "Cloudy Backup Inc" },
    });
    const approval = await approvalOf(proposal.id, acme.id);
    await expect(
      decideApproval(deps, { approvalId: approval.id, state: "approved", actor: JAN, via: "slack" }),
    ).rejects.toMatchObject({ key: "subprocessor.error.confirmNonEea" });
    await expect(
      decideApproval(deps, {
        approvalId: approval.id,
        state: "rejected",
        reason: "  ",
        actor: JAN,
        via: "slack",
      }),
    ).rejects.toBeInstanceOf(SubprocessorRefusal);
    // A NUL cannot be stored: a field error on the reason, not a database error.
    await expect(
      decideApproval(deps, {
        approvalId: approval.id,
        state: "rejected",
        reason: "Not\u0000 acceptable",
        actor: JAN,
        via: "slack",
      }),
    ).rejects.toMatchObject({
      key: "common.error.controlCharacters",
      fields: { reason: "common.error.controlCharacters" },
    });
    expect((await approvalOf(proposal.id, acme.id)).status).toBe("pending");
    const confirmed = await decideApproval(deps, {
      approvalId: approval.id,
      state: "approved",
      actor: JAN,
      via: "slack",
      nonEeaConfirmed: true,
    });
    expect(confirmed.outcome).toBe("decided");
    const register = await prisma.customerSubProcessor.findFirstOrThrow({
      where: { proposalId: proposal.id },
    });
    expect(register).toMatchObject({ customerId: acme.id, nonEeaConsent: true, status: "approved" });
  });

  it("lets a privacy officer record written consent with its document reference, nobody else", async () => {
    const proposal = await prisma.subProcessorProposal.findFirstOrThrow({
      where: { subProcessorName: "Cloudy Backup Inc" },
    });
    const approval = await approvalOf(proposal.id, globex.id);
    const written = {
      approvalId: approval.id,
      state: "approved" as const,
      actor: STAFF,
      via: "written_consent" as const,
      nonEeaConfirmed: true,
      evidence: { documentReference: "Signed letter 2027-02-01" },
    };
    await grantRoles(prisma, STAFF, "incident_handler");
    expect((await decideApproval(deps, written)).outcome).toBe("not-allowed");
    await grantRoles(prisma, STAFF, "privacy_officer");
    expect((await decideApproval(deps, { ...written, evidence: {} })).outcome).toBe("not-allowed");
    expect((await decideApproval(deps, written)).outcome).toBe("decided");
    const stored = await approvalOf(proposal.id, globex.id);
    expect(stored).toMatchObject({
      via: "written_consent",
      evidence: { documentReference: "Signed letter 2027-02-01" },
    });
    const register = await prisma.customerSubProcessor.findFirstOrThrow({
      where: { proposalId: proposal.id, customerId: globex.id },
    });
    expect(register.consentReference).toBe("Signed letter 2027-02-01");
  });
});

describe("withdrawing", () => {
  it("only a privacy officer withdraws; pending approvals and unsent requests close, decisions stay", async () => {
    const proposal = await prisma.subProcessorProposal.findFirstOrThrow({
      where: { subProcessorName: "Mailer GmbH" },
    });
    // A customer's approver (an outsider here) and a member without the role are refused alike.
    await expect(withdrawProposal(deps, { proposalId: proposal.id, actor: JAN })).rejects.toBeInstanceOf(
      AccessRefusal,
    );
    const colleague = { ...STAFF, userId: "U0COLL001", displayName: "Colleague" };
    await expect(withdrawProposal(deps, { proposalId: proposal.id, actor: colleague })).rejects.toMatchObject(
      {
        decision: { reason: "role", needs: ["privacy_officer"] },
      },
    );
    expect((await approvalOf(proposal.id, globex.id)).status).toBe("pending");
    const withdrawn = await withdrawProposal(deps, { proposalId: proposal.id, actor: STAFF });
    expect(withdrawn.status).toBe("withdrawn");
    expect((await approvalOf(proposal.id, acme.id)).status).toBe("approved");
    expect((await approvalOf(proposal.id, globex.id)).status).toBe("withdrawn");
    const open = await prisma.approvalRequest.count({
      where: { proposalCustomer: { proposalId: proposal.id }, status: { in: ["pending", "claimed"] } },
    });
    expect(open).toBe(0);
    const late = await decideApproval(deps, {
      approvalId: (await approvalOf(proposal.id, globex.id)).id,
      state: "approved",
      actor: STAFF,
      via: "written_consent",
      evidence: { documentReference: "x" },
    });
    expect(late.outcome).toBe("already");
  });
});
