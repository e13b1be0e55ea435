// The private answer to whoever decided: recorded, already decided (by whom, when), or not allowed.

import { translator } from "../../../domain/i18n/translate.ts";
import type { ChatTarget } from "../../../domain/ports.ts";
import { outcomeLine } from "../../../domain/subprocessor/approval-message.ts";
import type { DecideApprovalResult } from "../../../domain/subprocessor/decide-approval.ts";
import { noticeOf, type SlackSubprocessorContext } from "./context.ts";

export async function replyToDecision(
  ctx: SlackSubprocessorContext,
  where: ChatTarget,
  userId: string,
  result: DecideApprovalResult,
): Promise<void> {
  if (result.outcome === "not-allowed") {
    await ctx.deps.chat.postPrivate(
      where,
      userId,
      noticeOf(ctx.deps.defaultLanguage, "subprocessor.reply.notAllowed"),
    );
    return;
  }
  const language = result.approval.language;
  const outcome = outcomeLine(result.approval, ctx.deps.timezone, translator(language));
  const key = result.outcome === "decided" ? "subprocessor.reply.recorded" : "subprocessor.reply.already";
  await ctx.deps.chat.postPrivate(where, userId, noticeOf(language, key, { outcome }));
}
