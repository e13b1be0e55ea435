// Art. 9 DPA: a customer's pending approval of a proposal is reminded after
// SUBPROCESSOR_REMINDER_DAYS and listed in the digest; once the intended start has come while it is
// still pending, the digest flags the art. 9.4 risk. A decision ends both.

import { describe, expect, it } from "vitest";
import { loadOpenClocks } from "../../../src/adapters/db/repositories/reminder-clocks.ts";
import { buildDigest } from "../../../src/domain/reminders/digest.ts";
import { openDeadlinesOf } from "../../../src/domain/reminders/open-deadlines.ts";
import { decideApproval } from "../../../src/domain/subprocessor/decide-approval.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { plainText } from "../../../src/messages/model.ts";
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
import { DIGEST_CHANNEL, engineDeps, ManualClock, testConfig, tickThrough } from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

async function digestText(now: Date): Promise<string> {
  const settings = {
    timezone: "Europe/Brussels",
    defaultReviewIntervalMonths: 12,
    subprocessorPendingDays: 5,
  };
  const items = openDeadlinesOf(await loadOpenClocks(prisma, now, settings), [], now, settings);
  const message = buildDigest(items, now, { language: "en", timezone: "Europe/Brussels", variant: "daily" });
  return message.blocks.map((b) => (b.type === "section" ? plainText(b.text) : "")).join("\n");
}

describe("pending approvals of a proposal", () => {
  it("are reminded after the configured days, flagged at the intended start, and end with the decision", async () => {
    const clock = new ManualClock("2027-02-01T09:00:00Z");
    await seedCustomerWithApprovers(prisma, {
      key: "acme",
      name: "Acme NV",
      approvers: [{ name: "Jan Peeters", email: "jan@acme.example", slackUserId: "U0JAN00001" }],
    });
    const deps = subprocessorDeps(prisma, new RecordingChat(clock), clock);
    await grantRoles(prisma, STAFF, "privacy_officer");
    const { proposal } = await proposeChange(deps, {
      input: proposalInput({ intendedStart: new Date("2027-02-08T00:00:00Z") }),
      idempotencyKey: "reminders-1",
      actor: STAFF,
      language: "en",
      platform: null,
    });
    expect(await digestText(clock.now())).toContain(
      "Acme NV: approval of sub-processor Cloudy Backup Inc, pending since",
    );
    expect(await digestText(clock.now())).not.toContain("9.4");

    const { deps: engine, chat } = engineDeps(prisma, clock, {
      config: testConfig({ DIGEST_CRON: "0 9 1 1 *" }),
    });
    const reminders = createReminderEngine(engine);
    await tickThrough(prisma, clock, new Date("2027-02-07T00:00:00Z"), () => reminders.tick());
    const posts = chat
      .postsTo(DIGEST_CHANNEL)
      .map((p) => `${p.at.toISOString().slice(0, 10)} ${p.text.split("\n")[0]}`);
    expect(posts).toEqual([
      "2027-02-06 ⏳ Acme NV has not decided yet on sub-processor Cloudy Backup Inc, requested 1 Feb 2027 (5 days ago).",
    ]);

    clock.set("2027-02-08T08:00:00Z");
    expect(await digestText(clock.now())).toMatch(
      /Cloudy Backup Inc.*art\. 9\.4 risk: the intended start \(8 Feb 2027\)/,
    );

    const approval = await prisma.proposalCustomer.findFirstOrThrow({ where: { proposalId: proposal.id } });
    await decideApproval(deps, {
      approvalId: approval.id,
      state: "approved",
      actor: { platform: "slack", userId: "U0JAN00001", workspaceId: "T0001", displayName: "Jan Peeters" },
      via: "slack",
      nonEeaConfirmed: true,
    });
    expect(await digestText(clock.now())).not.toContain("Cloudy Backup Inc");
    const before = chat.posts.length;
    await tickThrough(prisma, clock, new Date("2027-02-12T00:00:00Z"), () => reminders.tick());
    expect(chat.posts.length).toBe(before);
  }, 120_000);
});
