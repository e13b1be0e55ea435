// The same engine for the other clocks: data-subject requests (art. 8 DPA, GDPR art. 12(3)),
// pending sub-processor approvals (art. 9), retention after the contract (art. 12, Bijlage 1) and
// the periodic security review (art. 5.9). They are posted in the digest channel.
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { useTestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createApproval,
  createCustomer,
  createRequest,
  DIGEST_CHANNEL,
  engineDeps,
  ManualClock,
  testConfig,
  tickThrough,
} from "./support.ts";

let prisma: PrismaClient;

useTestDatabase((created) => {
  prisma = created.prisma;
});
beforeEach(async () => {
  await clearAll(prisma);
});

const at = (iso: string) => new Date(iso);

describe("other clocks", () => {
  it("reminds of requests, approvals, retention and reviews in the digest channel, each on its day", async () => {
    const clock = new ManualClock("2026-03-20T09:00:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const approval = await createApproval(prisma, {
      customerId: acme.id,
      requestedAt: at("2026-03-20T09:00:00Z"), // 10:00 CET
      name: "FarAwayCloud",
      country: "US",
    });
    await createRequest(prisma, {
      customerId: acme.id,
      receivedAt: at("2026-03-20T09:00:00Z"),
      forwardDueAt: at("2026-03-23T09:00:00Z"),
      legalDeadline: at("2026-04-20T21:59:59.999Z"),
      reference: "VZ-2026-0011",
    });
    // The contract ends 31 March; Bijlage 1: data gone within 30 days, by 30 April.
    await createCustomer(prisma, {
      name: "Former",
      contractStart: at("2024-01-01T00:00:00Z"),
      contractEnd: at("2026-03-31T00:00:00Z"),
      retentionDaysAfterEnd: 30,
      lastSecurityReviewAt: at("2025-12-01T10:00:00Z"),
    });
    // Last evaluated 25 April 2025: the next one is due 25 April 2026, reminded 30 days before.
    await createCustomer(prisma, { name: "Reviewed", lastSecurityReviewAt: at("2025-04-25T12:00:00Z") });

    // A digest cron that does not fire in this period keeps the channel to the reminders.
    const { deps, chat } = engineDeps(prisma, clock, { config: testConfig({ DIGEST_CRON: "0 9 1 1 *" }) });
    const engine = createReminderEngine(deps);
    // Art. 8 DPA: reminded an hour before the forward is due, at it, then hourly until forwarded.
    await tickThrough(prisma, clock, at("2026-03-23T11:30:00Z"), () => engine.tick());
    await prisma.dataSubjectRequest.updateMany({
      where: { reference: "VZ-2026-0011" },
      data: { status: "forwarded", forwardedAt: clock.now() },
    });
    await tickThrough(prisma, clock, at("2026-03-29T00:00:00Z"), () => engine.tick());
    // The approval is decided on the 29th: its reminders stop.
    await prisma.customerSubProcessor.update({
      where: { id: approval.id },
      data: { status: "approved", decidedAt: clock.now() },
    });
    await tickThrough(prisma, clock, at("2026-04-14T00:00:00Z"), () => engine.tick());

    // Posts of the same minute in any order: sorted by time, then text.
    const posts = chat
      .postsTo(DIGEST_CHANNEL)
      .map((p) => `${p.at.toISOString().slice(0, 16)} ${p.text.split("\n")[0]}`)
      .sort();
    expect(posts).toEqual([
      "2026-03-23T08:00 🟠 Request VZ-2026-0011 (access) for Acme is not forwarded yet; it is due Mon 23 Mar 2026 10:00 CET.",
      "2026-03-23T09:00 🔴 Request VZ-2026-0011 (access) for Acme is not forwarded yet; it is due Mon 23 Mar 2026 10:00 CET.",
      "2026-03-23T10:00 🔴 Request VZ-2026-0011 (access) for Acme is still not forwarded: 1 h overdue (due Mon 23 Mar 2026 10:00 CET).",
      "2026-03-23T11:00 🔴 Request VZ-2026-0011 (access) for Acme is still not forwarded: 2 h overdue (due Mon 23 Mar 2026 10:00 CET).",
      "2026-03-25T09:00 ⏳ Acme has not decided yet on sub-processor FarAwayCloud, requested 20 Mar 2026 (5 days ago).",
      "2026-03-26T08:00 ⚪ Reviewed: the periodic evaluation of the security measures is due on 25 Apr 2026 (30 days left). Last evaluation: 25 Apr 2025.",
      // Summer time from the 29th: the same local hours are one hour earlier in UTC.
      "2026-03-31T07:00 ⚪ Former: the personal data must be destroyed or returned by 30 Apr 2026 (30 days left). The contract ended on 31 Mar 2026.",
      // The legal deadline (end of 20 April), seven days before, at 09:00 local.
      "2026-04-13T07:00 ⚪ Request VZ-2026-0011 (access) for Acme: the customer must answer by 20 Apr 2026 (7 days left).",
    ]);
    // A data subject's details never reach a channel.
    expect(chat.posts.some((p) => p.text.includes("Jan Janssens"))).toBe(false);
  }, 120_000); // some 1,200 ticks over 25 simulated days: slow on a loaded 2-core machine
});
