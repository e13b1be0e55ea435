// Art. 9 DPA: a proposal's approvals reach the incremental tick through the clock_check triggers on
// ProposalCustomer and SubProcessorProposal: the pending-approval reminder is planned without a full
// pass, and a decision or a withdrawal cancels it on the next tick.

import { describe, expect, it } from "vitest";
import { decideApproval } from "../../../src/domain/subprocessor/decide-approval.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import {
  proposalInput,
  STAFF,
  seedCustomerWithApprovers,
  subprocessorDeps,
} from "../../support/subprocessor.ts";
import { engineDeps, ManualClock, testConfig } from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

async function pending(entityId: string): Promise<string[]> {
  const rows = await prisma.reminder.findMany({ where: { entityId, status: "pending" } });
  return rows.map((r) => `${r.kind} ${r.dueAt.toISOString()}`);
}

describe("pending approvals of a proposal in the incremental tick", () => {
  it("are planned after a proposal, and cancelled by a decision or a withdrawal, without a full pass", async () => {
    const clock = new ManualClock("2027-02-01T09:00:00Z");
    for (const [key, name, userId] of [
      ["acme", "Acme NV", "U0JAN00001"],
      ["beta", "Beta BV", "U0ANN00001"],
    ] as const) {
      await seedCustomerWithApprovers(prisma, {
        key,
        name,
        approvers: [{ name: `Approver ${key}`, email: `${key}@example.test`, slackUserId: userId }],
      });
    }
    const { deps: engine } = engineDeps(prisma, clock, { config: testConfig({ DIGEST_CRON: "0 9 1 1 *" }) });
    const reminders = createReminderEngine(engine);
    expect((await reminders.tickReminders()).reconcile.full).toBe(true);

    const deps = subprocessorDeps(prisma, new RecordingChat(clock), clock);
    await grantRoles(prisma, STAFF, "privacy_officer");
    const { proposal } = await proposeChange(deps, {
      input: proposalInput(),
      idempotencyKey: "incremental-1",
      actor: STAFF,
      language: "en",
      platform: null,
    });
    const approvals = await prisma.proposalCustomer.findMany({
      where: { proposalId: proposal.id },
      include: { customer: { select: { name: true } } },
    });
    const idOf = (name: string) => approvals.find((a) => a.customer.name === name)!.id;
    const [acme, beta] = [idOf("Acme NV"), idOf("Beta BV")];

    clock.advance(15_000);
    const queued = await reminders.tickReminders();
    expect(queued.reconcile).toMatchObject({ full: false, entities: 2 });
    // Five days after the request: beyond the 48 h horizon, so re-planned when it enters it.
    const check = await prisma.clockCheck.findUniqueOrThrow({
      where: { entityType_entityId: { entityType: "proposal_customer", entityId: acme } },
    });
    expect(check.checkAt?.toISOString()).toBe("2027-02-04T09:00:00.000Z");

    clock.set("2027-02-04T09:00:15Z");
    const planned = await reminders.tickReminders();
    expect(planned.reconcile.full).toBe(false);
    expect(await pending(acme)).toEqual(["subprocessor.pending 2027-02-06T09:00:00.000Z"]);
    expect(await pending(beta)).toEqual(["subprocessor.pending 2027-02-06T09:00:00.000Z"]);

    await decideApproval(deps, {
      approvalId: acme,
      state: "approved",
      actor: { platform: "slack", userId: "U0JAN00001", workspaceId: "T0001", displayName: "Approver acme" },
      via: "slack",
      nonEeaConfirmed: true,
    });
    clock.advance(15_000);
    expect((await reminders.tickReminders()).reconcile.full).toBe(false);
    expect(await pending(acme)).toEqual([]);
    expect(await pending(beta)).toHaveLength(1);

    // Only the proposal's row changes: its trigger marks both approvals that show it.
    await prisma.subProcessorProposal.update({
      where: { id: proposal.id },
      data: { status: "withdrawn", withdrawnAt: clock.now() },
    });
    clock.advance(15_000);
    expect((await reminders.tickReminders()).reconcile).toMatchObject({ full: false, entities: 2 });
    expect(await pending(beta)).toEqual([]);
  }, 120_000);
});
