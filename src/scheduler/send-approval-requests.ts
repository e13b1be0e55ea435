// The approval requests of sub-processor proposals (art. 9 DPA), sent by the scheduler: claimed in
// batches with a lease, paced per channel and across the workspace (Slack: ~1 chat.postMessage per
// second), honouring Retry-After. A restart half-way loses nothing: unsent rows are handed back or
// come back when their lease runs out, and a sent row is never sent again.

import { issueApprovalLink, revokeApprovalLink } from "../adapters/db/repositories/approval-links.ts";
import {
  type ApprovalRequestRow,
  claimDueApprovalRequests,
  finishApprovalRequest,
  listStaleApprovalMessages,
  markApprovalMessageCurrent,
  markApprovalRequestSent,
  rescheduleApprovalRequest,
} from "../adapters/db/repositories/approval-requests.ts";
import { createProposalRepository } from "../adapters/db/repositories/proposals.ts";
import type { Config } from "../config.ts";
import { ChatDeliveryError, type ChatPort, type Clock, type Mailer } from "../domain/ports.ts";
import { DEFAULT_RETRY_POLICY, decideRetry, type RetryPolicy } from "../domain/reminders/retry.ts";
import { buildApprovalMail } from "../domain/subprocessor/approval-mail.ts";
import { buildApprovalMessage } from "../domain/subprocessor/approval-message.ts";
import { buildProposalMessage } from "../domain/subprocessor/proposal-message.ts";
import type { ApprovalContext } from "../domain/subprocessor/proposal-repository.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { ChannelPacer } from "./channel-pacer.ts";

/** One pace for every chat.postMessage of the workspace, beside the pace of each channel. */
export const WORKSPACE_PACE_KEY = "slack:workspace";

export interface FanOutOptions {
  batchSize: number;
  leaseMs: number;
  /** Claiming stops after this much (clock) time, so one tick does not run for ever. */
  budgetMs: number;
  retry: RetryPolicy;
}

export const DEFAULT_FAN_OUT_OPTIONS: FanOutOptions = {
  batchSize: 50,
  leaseMs: 5 * 60_000,
  budgetMs: 10 * 60_000,
  retry: DEFAULT_RETRY_POLICY,
};

export interface ApprovalFanOutDeps {
  prisma: PrismaClient;
  chat: ChatPort | null;
  mailer: Mailer | null;
  clock: Clock;
  config: Pick<Config, "timezone" | "approvals">;
  logger: Logger;
  instanceId: string;
  /** Shared with the reminders of this process, so both respect one channel pace. */
  pacer: ChannelPacer;
  /** The workspace-wide pace (1 s); its own pacer, since its interval differs from a channel's. */
  workspacePacer: ChannelPacer;
  options?: Partial<FanOutOptions>;
}

export interface FanOutReport {
  claimed: number;
  sent: number;
  retry: number;
  failed: number;
  cancelled: number;
  released: number;
  lostLease: number;
  updated: number;
}

export async function runApprovalFanOut(
  deps: ApprovalFanOutDeps,
  stopping: () => boolean = () => false,
): Promise<FanOutReport> {
  const options = { ...DEFAULT_FAN_OUT_OPTIONS, ...deps.options };
  const report: FanOutReport = {
    claimed: 0,
    sent: 0,
    retry: 0,
    failed: 0,
    cancelled: 0,
    released: 0,
    lostLease: 0,
    updated: 0,
  };
  const started = deps.clock.now().getTime();
  const repository = createProposalRepository(deps.prisma);
  while (!stopping() && deps.clock.now().getTime() - started < options.budgetMs) {
    const now = deps.clock.now();
    const claimed = await claimDueApprovalRequests(deps.prisma, {
      instanceId: deps.instanceId,
      now,
      leaseUntil: new Date(now.getTime() + options.leaseMs),
      limit: options.batchSize,
    });
    report.claimed += claimed.length;
    if (claimed.length === 0) break;
    for (const row of claimed) {
      try {
        report[await sendOne(deps, options, repository.approvalContext, row, stopping)]++;
      } catch (error) {
        // The database failed under us: the claim stays and comes back when its lease runs out.
        deps.logger.error({ err: error, requestId: row.id }, "approval request not processed; retried later");
      }
    }
  }
  if (!stopping() && deps.chat) {
    report.updated = await updateStaleMessages(deps, repository.approvalContext, stopping);
    report.updated += await updateStaleTallies(deps, repository, stopping);
  }
  return report;
}

type Outcome = "sent" | "retry" | "failed" | "cancelled" | "released" | "lostLease";
type LoadContext = (approvalId: string) => Promise<ApprovalContext | null>;

async function sendOne(
  deps: ApprovalFanOutDeps,
  options: FanOutOptions,
  loadContext: LoadContext,
  row: ApprovalRequestRow,
  stopping: () => boolean,
): Promise<Outcome> {
  const claim = { id: row.id, instanceId: deps.instanceId };
  const release = async () => {
    const now = deps.clock.now();
    await rescheduleApprovalRequest(deps.prisma, {
      ...claim,
      now,
      nextAttemptAt: now,
      lastError: null,
      countAttempt: false,
    });
    return "released" as const;
  };
  if (stopping()) return release();
  const context = await loadContext(row.proposalCustomerId);
  const stillAsked = context?.approval.state === "pending" && context.proposal.status === "open";
  if (!context || !stillAsked) {
    await finishApprovalRequest(deps.prisma, {
      ...claim,
      now: deps.clock.now(),
      status: "cancelled",
      lastError: null,
    });
    return "cancelled";
  }
  if (row.channel === "slack") {
    if (!deps.chat) return release();
    // A Retry-After that outlasts our lease: hand the row back for then, without counting an
    // attempt. A shorter one is simply waited out by the pacers.
    const held = latest(
      deps.pacer.heldUntil(row.recipient),
      deps.workspacePacer.heldUntil(WORKSPACE_PACE_KEY),
    );
    if (held && row.claimedUntil && held.getTime() >= row.claimedUntil.getTime() - LEASE_MARGIN_MS) {
      await rescheduleApprovalRequest(deps.prisma, {
        ...claim,
        now: deps.clock.now(),
        nextAttemptAt: held,
        lastError: null,
        countAttempt: false,
      });
      return "retry";
    }
    await deps.workspacePacer.acquire(WORKSPACE_PACE_KEY);
    await deps.pacer.acquire(row.recipient);
    if (stopping()) return release();
    if (row.claimedUntil && row.claimedUntil < deps.clock.now()) return "lostLease";
    try {
      const message = buildApprovalMessage(context.proposal, context.approval, {
        timezone: deps.config.timezone,
      });
      const posted = await deps.chat.post({ platform: "slack", channelId: row.recipient }, message);
      await markApprovalRequestSent(deps.prisma, {
        ...claim,
        now: deps.clock.now(),
        messageChannelId: posted.channelId,
        messageId: posted.messageId,
      });
      return "sent";
    } catch (error) {
      return failure(deps, options, row, error);
    }
  }
  return sendMail(deps, options, context, row, release);
}

async function sendMail(
  deps: ApprovalFanOutDeps,
  options: FanOutOptions,
  context: ApprovalContext,
  row: ApprovalRequestRow,
  release: () => Promise<"released">,
): Promise<Outcome> {
  const claim = { id: row.id, instanceId: deps.instanceId };
  const publicUrl = deps.config.approvals.publicUrl;
  const contact = context.approvers.find((a) => a.contactId === row.contactId);
  if (!deps.mailer || !publicUrl || !contact) {
    const lastError = contact
      ? "e-mail not configured (SMTP_URL, PUBLIC_URL)"
      : "the approver left the register";
    if (!contact) {
      await finishApprovalRequest(deps.prisma, {
        ...claim,
        now: deps.clock.now(),
        status: "cancelled",
        lastError,
      });
      return "cancelled";
    }
    return release();
  }
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.approvals.linkDays * 86_400_000);
  const link = await issueApprovalLink(deps.prisma, {
    approvalRequestId: row.id,
    contactId: contact.contactId,
    now,
    expiresAt,
  });
  try {
    const mail = buildApprovalMail(
      context.proposal,
      context.approval,
      contact,
      { url: `${publicUrl}/decide/${link.token}`, expiresAt },
      deps.config.timezone,
    );
    await deps.mailer.send(mail);
  } catch (error) {
    await revokeApprovalLink(deps.prisma, link.id, deps.clock.now());
    return failure(deps, options, row, error);
  }
  await markApprovalRequestSent(deps.prisma, {
    ...claim,
    now: deps.clock.now(),
    messageChannelId: null,
    messageId: null,
  });
  return "sent";
}

async function failure(
  deps: ApprovalFanOutDeps,
  options: FanOutOptions,
  row: ApprovalRequestRow,
  error: unknown,
): Promise<Outcome> {
  const now = deps.clock.now();
  const failure =
    error instanceof ChatDeliveryError
      ? { retryable: error.retryable, retryAfterMs: error.retryAfterMs }
      : { retryable: true };
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  if (failure.retryAfterMs !== undefined && row.channel === "slack") {
    const until = new Date(now.getTime() + failure.retryAfterMs);
    deps.pacer.holdUntil(row.recipient, until);
    deps.workspacePacer.holdUntil(WORKSPACE_PACE_KEY, until);
  }
  const decision = decideRetry(failure, row.attempts + 1, now, options.retry);
  const claim = { id: row.id, instanceId: deps.instanceId, now };
  if (decision.action === "retry") {
    await rescheduleApprovalRequest(deps.prisma, {
      ...claim,
      nextAttemptAt: decision.at,
      lastError,
      countAttempt: true,
    });
    return "retry";
  }
  await finishApprovalRequest(deps.prisma, { ...claim, status: "failed", lastError });
  log(deps.logger).error(
    { requestId: row.id, error: lastError },
    "approval request not delivered; giving up",
  );
  return "failed";
}

/** Messages whose customer decided or whose proposal was withdrawn: buttons give way to the outcome. */
async function updateStaleMessages(
  deps: ApprovalFanOutDeps,
  loadContext: LoadContext,
  stopping: () => boolean,
): Promise<number> {
  let updated = 0;
  const stale = await listStaleApprovalMessages(deps.prisma, 50);
  for (const row of stale) {
    if (stopping()) break;
    const context = await loadContext(row.proposalCustomerId);
    if (!context) continue;
    if (deps.pacer.heldUntil(row.messageChannelId!)) continue;
    await deps.pacer.acquire(row.messageChannelId!);
    try {
      const message = buildApprovalMessage(context.proposal, context.approval, {
        timezone: deps.config.timezone,
      });
      await deps.chat!.update(
        { platform: "slack", channelId: row.messageChannelId!, messageId: row.messageId! },
        message,
      );
      await markApprovalMessageCurrent(deps.prisma, row.id);
      updated++;
    } catch (error) {
      if (error instanceof ChatDeliveryError && error.retryAfterMs !== undefined) {
        deps.pacer.holdUntil(
          row.messageChannelId!,
          new Date(deps.clock.now().getTime() + error.retryAfterMs),
        );
      }
      log(deps.logger).warn(
        { err: error, requestId: row.id },
        "approval message not updated; retried next tick",
      );
    }
  }
  return updated;
}

/** Proposal messages whose tally update failed after a decision: rendered again from the rows. */
async function updateStaleTallies(
  deps: ApprovalFanOutDeps,
  repository: ReturnType<typeof createProposalRepository>,
  stopping: () => boolean,
): Promise<number> {
  const stale = await deps.prisma.subProcessorProposal.findMany({
    where: { messageStale: true, messageId: { not: null } },
    select: { id: true },
    take: 20,
  });
  let updated = 0;
  for (const { id } of stale) {
    if (stopping()) break;
    const proposal = await repository.get(id);
    if (!proposal?.message || deps.pacer.heldUntil(proposal.message.channelId)) continue;
    await deps.pacer.acquire(proposal.message.channelId);
    try {
      const tally = await repository.tally(id);
      await deps.chat!.update(
        proposal.message,
        buildProposalMessage(proposal, tally, { timezone: deps.config.timezone }),
      );
      await repository.markProposalMessageCurrent(id);
      updated++;
    } catch (error) {
      if (error instanceof ChatDeliveryError && error.retryAfterMs !== undefined) {
        deps.pacer.holdUntil(
          proposal.message.channelId,
          new Date(deps.clock.now().getTime() + error.retryAfterMs),
        );
      }
      log(deps.logger).warn({ err: error, proposalId: id }, "proposal tally not updated; retried next tick");
    }
  }
  return updated;
}

const LEASE_MARGIN_MS = 30_000;

function latest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

function log(logger: Logger): Logger {
  return logger.child({ component: "approval-requests" });
}
