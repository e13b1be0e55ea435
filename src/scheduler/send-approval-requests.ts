// The approval requests of sub-processor proposals (art. 9 DPA), sent by the scheduler: claimed in
// batches with a lease, paced per channel and across the workspace (Slack: ~1 chat.postMessage per
// second) or per personal chat (Teams), honouring Retry-After. A restart half-way loses nothing: unsent rows are handed back or
// come back when their lease runs out, and a sent row is never sent again.

import { issueApprovalLink, revokeApprovalLink } from "../adapters/db/repositories/approval-links.ts";
import {
  type ApprovalRequestRow,
  claimDueApprovalRequests,
  finishApprovalRequest,
  markApprovalRequestSent,
  markProposalDeliveryChanged,
  renewApprovalRequestClaim,
  rescheduleApprovalRequest,
} from "../adapters/db/repositories/approval-requests.ts";
import { createProposalRepository } from "../adapters/db/repositories/proposals.ts";
import { mayHaveBeenAccepted } from "../domain/mail-failure.ts";
import { MAIL_SEND_LEASE_MS } from "../domain/mail-send-lease.ts";
import { ChatDeliveryError } from "../domain/ports.ts";
import { decideRetry } from "../domain/reminders/retry.ts";
import { buildApprovalMail } from "../domain/subprocessor/approval-mail.ts";
import { buildApprovalMessage } from "../domain/subprocessor/approval-message.ts";
import type { ApprovalContext } from "../domain/subprocessor/proposal-repository.ts";
import type { Logger } from "../logger.ts";
import {
  type ApprovalFanOutDeps,
  DEFAULT_FAN_OUT_OPTIONS,
  type FanOutOptions,
  type FanOutReport,
  WORKSPACE_PACE_KEY,
} from "./approval-fan-out-deps.ts";
import { updateStaleMessages, updateStaleTallies } from "./update-approval-messages.ts";

export type { ApprovalFanOutDeps, FanOutReport } from "./approval-fan-out-deps.ts";

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
  if (row.channel === "email") return sendMail(deps, options, context, row, release);
  if (!deps.chat) return release();
  return sendChat(deps, options, context, row, { release, stopping });
}

/** Slack paces per channel and across the workspace; Teams per personal chat. */
function paceKeyOf(row: ApprovalRequestRow): string {
  return row.channel === "teams" ? `teams:${row.recipient}` : row.recipient;
}

async function sendChat(
  deps: ApprovalFanOutDeps,
  options: FanOutOptions,
  context: ApprovalContext,
  row: ApprovalRequestRow,
  { release, stopping }: { release: () => Promise<"released">; stopping: () => boolean },
): Promise<Outcome> {
  const claim = { id: row.id, instanceId: deps.instanceId };
  const slack = row.channel === "slack";
  const paceKey = paceKeyOf(row);
  // A Retry-After that outlasts our lease: hand the row back for then, without counting an
  // attempt. A shorter one is simply waited out by the pacers.
  const held = latest(
    deps.pacer.heldUntil(paceKey),
    slack ? deps.workspacePacer.heldUntil(WORKSPACE_PACE_KEY) : null,
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
  if (slack) await deps.workspacePacer.acquire(WORKSPACE_PACE_KEY);
  await deps.pacer.acquire(paceKey);
  if (stopping()) return release();
  if (row.claimedUntil && row.claimedUntil < deps.clock.now()) return "lostLease";
  try {
    const message = buildApprovalMessage(context.proposal, context.approval, {
      timezone: deps.config.timezone,
    });
    // Teams: the approver's personal chat with the bot, found or opened by their AAD object id.
    const target = slack
      ? { platform: "slack" as const, channelId: row.recipient }
      : { platform: "teams" as const, channelId: row.recipient, person: true };
    const posted = await deps.chat!.post(target, message);
    await markApprovalRequestSent(deps.prisma, {
      ...claim,
      now: deps.clock.now(),
      messageChannelId: posted.channelId,
      messageId: posted.messageId,
    });
    await deliveredAfterFailure(deps, row);
    return "sent";
  } catch (error) {
    return failure(deps, options, row, error);
  }
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
  // The batch was claimed together and the e-mails before this one may have been slow: with the
  // lease run out, another instance may be sending this one, so it is not sent from here. Renewed,
  // the lease outlasts the send, which the mailer ends within half of it (smtp-timeouts.ts).
  const now = deps.clock.now();
  const leased =
    row.claimedUntil &&
    (await renewApprovalRequestClaim(deps.prisma, {
      ...claim,
      now,
      heldUntil: row.claimedUntil,
      until: new Date(now.getTime() + MAIL_SEND_LEASE_MS),
    }));
  if (!leased) return "lostLease";
  const expiresAt = new Date(now.getTime() + deps.config.approvals.linkDays * 86_400_000);
  const link = await issueApprovalLink(deps.prisma, {
    approvalRequestId: row.id,
    contactId: contact.contactId,
    now,
    expiresAt,
  });
  let sending = false;
  try {
    const mail = buildApprovalMail(
      context.proposal,
      context.approval,
      contact,
      { url: `${publicUrl}/decide/${link.token}`, expiresAt },
      deps.config.timezone,
    );
    sending = true;
    await deps.mailer.send(mail);
  } catch (error) {
    // A send that timed out after handing the message over may still arrive: its link must work.
    if (!sending || !mayHaveBeenAccepted(error)) {
      await revokeApprovalLink(deps.prisma, link.id, deps.clock.now());
    }
    return failure(deps, options, row, error);
  }
  await markApprovalRequestSent(deps.prisma, {
    ...claim,
    now: deps.clock.now(),
    messageChannelId: null,
    messageId: null,
  });
  await deliveredAfterFailure(deps, row);
  return "sent";
}

/** A request that had failed before reached its approver: the proposal no longer lists it. */
async function deliveredAfterFailure(deps: ApprovalFanOutDeps, row: ApprovalRequestRow): Promise<void> {
  if (row.attempts > 0) await markProposalDeliveryChanged(deps.prisma, row.proposalCustomerId);
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
  if (failure.retryAfterMs !== undefined && row.channel !== "email") {
    const until = new Date(now.getTime() + failure.retryAfterMs);
    deps.pacer.holdUntil(paceKeyOf(row), until);
    if (row.channel === "slack") deps.workspacePacer.holdUntil(WORKSPACE_PACE_KEY, until);
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
    // The first failure puts "not delivered yet" on the proposal; later ones change nothing there.
    if (row.attempts === 0) await markProposalDeliveryChanged(deps.prisma, row.proposalCustomerId);
    return "retry";
  }
  await finishApprovalRequest(deps.prisma, { ...claim, status: "failed", lastError });
  await markProposalDeliveryChanged(deps.prisma, row.proposalCustomerId);
  log(deps.logger).error(
    { requestId: row.id, error: lastError },
    "approval request not delivered; giving up",
  );
  return "failed";
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
