// A proposal to 500 customers against the fake Slack Web API, which enforces Slack's rate limits
// (1 message per second per channel, a workspace-wide cap) with HTTP 429 and Retry-After. The first
// process stops half-way, another one dies holding a batch; a fresh process finishes the work.
// Every approver gets exactly one request, and no call ignores a Retry-After.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  claimDueApprovalRequests,
  countApprovalRequests,
} from "../../../src/adapters/db/repositories/approval-requests.ts";
import { createSlackChat } from "../../../src/adapters/slack/slack-chat.ts";
import { createDeliveryClient } from "../../../src/adapters/slack/web-client.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import { fanOutDeps, proposalInput, STAFF, subprocessorDeps } from "../../support/subprocessor.ts";
import { ManualClock } from "../scheduler/support.ts";

const CUSTOMERS = 500;
let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const clock = new ManualClock("2027-02-01T09:00:00Z");
let slack: FakeSlack;
const approverId = (i: number) => `U${String(i).padStart(8, "0")}`;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  slack.now = () => clock.now().getTime();
  slack.rateLimit("chat.postMessage", { max: 1, windowMs: 1_000, perChannel: true });
  slack.rateLimit("chat.postMessage", { max: 50, windowMs: 60_000 });
  const keys = Array.from({ length: CUSTOMERS }, (_, i) => `customer-${String(i).padStart(3, "0")}`);
  await prisma.customer.createMany({ data: keys.map((key) => ({ key, name: `Customer ${key}` })) });
  const customers = await prisma.customer.findMany({
    select: { id: true, key: true },
    orderBy: { key: "asc" },
  });
  await prisma.contact.createMany({
    data: customers.map((c, i) => ({
      customerId: c.id,
      name: `Approver ${i}`,
      email: `approver${i}@${c.key}.example`,
      roles: ["approver" as const],
      slackUserId: approverId(i),
    })),
  });
});

afterAll(async () => {
  await slack?.stop();
});

describe("fan-out to 500 customers", () => {
  it("paces within Slack's limits, survives a restart half-way and asks every approver exactly once", {
    timeout: 240_000,
  }, async () => {
    const chat = createSlackChat(createDeliveryClient(BOT_TOKEN, slack.url, createLogger("silent")));
    await grantRoles(prisma, STAFF, "privacy_officer");
    const { proposal } = await proposeChange(subprocessorDeps(prisma, chat, clock), {
      input: proposalInput({ country: "DE", mechanism: "none" }),
      idempotencyKey: "fan-out-500",
      actor: STAFF,
      language: "en",
      platform: "slack",
    });
    expect(await prisma.approvalRequest.count()).toBe(CUSTOMERS);
    const delivered = () => slack.messages.size;

    // The first process is stopped (SIGTERM) once half the requests went out.
    const first = await runApprovalFanOut(
      fanOutDeps(prisma, chat, clock, { instanceId: "first" }),
      () => delivered() >= CUSTOMERS / 2,
    );
    expect(delivered()).toBe(CUSTOMERS / 2);
    expect(first.released).toBeGreaterThan(0);
    // Another process claims a batch and dies before sending any of it.
    const dead = await claimDueApprovalRequests(prisma, {
      instanceId: "dead",
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 5 * 60_000),
      limit: 20,
    });
    expect(dead).toHaveLength(20);

    // A fresh process (new pacers, nothing in memory) ticks every 15 s until the work is done.
    const second = fanOutDeps(prisma, chat, clock, { instanceId: "second" });
    for (let tick = 0; tick < 500 && (await countApprovalRequests(prisma)).sent !== CUSTOMERS; tick++) {
      await runApprovalFanOut(second);
      clock.advance(15_000);
    }

    expect(await countApprovalRequests(prisma)).toEqual({ sent: CUSTOMERS });
    const posted = slack.callsOf("chat.postMessage").map((c) => String(c.args.channel));
    const channels = [...slack.messages.values()].map((m) => m.channel);
    expect(channels).toHaveLength(CUSTOMERS);
    expect(new Set(channels).size).toBe(CUSTOMERS);
    for (let i = 0; i < CUSTOMERS; i++) expect(channels).toContain(`D${approverId(i).slice(1)}`);
    // The limits were hit and every Retry-After was honoured.
    expect(slack.rateLimited).toBeGreaterThan(0);
    expect(posted.length).toBe(CUSTOMERS + slack.rateLimited);
    expect(slack.violations).toEqual([]);
    expect(
      await prisma.proposalCustomer.count({ where: { proposalId: proposal.id, status: "pending" } }),
    ).toBe(CUSTOMERS);
  });
});
