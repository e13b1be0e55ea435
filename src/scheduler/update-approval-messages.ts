// After a decision or a withdrawal the posted requests and the proposal's tally message must show
// it. The decision updates them at once; what failed then (rate limit, outage) is marked stale and
// caught up here, at the channel's pace.
import {
  listStaleApprovalMessages,
  markApprovalMessageCurrent,
} from "../adapters/db/repositories/approval-requests.ts";
import type { createProposalRepository } from "../adapters/db/repositories/proposals.ts";
import { ChatDeliveryError } from "../domain/ports.ts";
import { buildApprovalMessage } from "../domain/subprocessor/approval-message.ts";
import { buildProposalMessage } from "../domain/subprocessor/proposal-message.ts";
import type { ApprovalContext } from "../domain/subprocessor/proposal-repository.ts";
import type { Logger } from "../logger.ts";
import type { ApprovalFanOutDeps } from "./approval-fan-out-deps.ts";

type LoadContext = (approvalId: string) => Promise<ApprovalContext | null>;

/** Messages whose customer decided or whose proposal was withdrawn: buttons give way to the outcome. */
export async function updateStaleMessages(
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
        {
          platform: row.channel === "teams" ? "teams" : "slack",
          channelId: row.messageChannelId!,
          messageId: row.messageId!,
        },
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
export async function updateStaleTallies(
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

function log(logger: Logger): Logger {
  return logger.child({ component: "approval-requests" });
}
