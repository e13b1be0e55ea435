// An answer meant for one person (a refusal, the digest on demand): in their personal chat with the
// bot, never in the channel where they typed, which others read.
import type { TeamsFlowContext } from "./flows.ts";
import type { TeamsTurn } from "./turn.ts";

export async function replyPrivately(ctx: TeamsFlowContext, turn: TeamsTurn, text: string): Promise<void> {
  await ctx.chat.postPrivate({ platform: "teams", channelId: turn.conversationId }, turn.userId, {
    summary: text,
    blocks: [{ type: "section", text: [text] }],
  });
}
