// `digest` (`recap` in French): every open deadline, most urgent first, for the person who asked
// (in their personal chat with the bot when asked in a channel). `digest here` / `digest hier` /
// `recap ici`: this conversation receives the daily digest and the reminders that belong to no
// incident (audited).
import { AccessRefusal, authorize } from "../../../domain/access/access-control.ts";
import { refusalText } from "../../../domain/access/refusal-text.ts";
import { t } from "../../../domain/i18n/translate.ts";
import { adaptiveCard } from "../../../forms/teams/card.ts";
import { renderMessageCard } from "../../../forms/teams/render-message.ts";
import { buildCurrentDigest } from "../../../scheduler/digest-job.ts";
import { markDigestConversation } from "../../db/repositories/conversation-references.ts";
import type { FlowRegistry, TeamsFlowContext } from "../flows.ts";
import { replyPrivately } from "../private-reply.ts";
import { actorOf } from "../turn.ts";

export function registerDigest(
  registry: FlowRegistry,
  ctx: TeamsFlowContext,
  onDigestConversationsChanged: () => Promise<void>,
): void {
  registry.command(["digest", "overzicht", "recap", "récap", "récapitulatif"], async (turn, args) => {
    const language = await ctx.language(turn);
    const here = /^(here|hier|ici)$/i.test(args.trim());
    // Where every customer's deadlines go is an administrator's choice; reading them needs a role.
    try {
      await authorize(ctx.breach.access, actorOf(turn), here ? "digest.destination" : "deadlines.read");
    } catch (error) {
      if (!(error instanceof AccessRefusal)) throw error;
      await replyPrivately(ctx, turn, refusalText(language, error));
      return;
    }
    if (here) {
      const marked = await ctx.prisma.$transaction((tx) =>
        markDigestConversation(tx, turn.conversationId, actorOf(turn)),
      );
      if (marked) await onDigestConversationsChanged();
      const text = t(language, marked ? "teams.digest.here" : "teams.digest.hereFailed");
      await ctx.reply(turn, adaptiveCard([{ type: "TextBlock", text, wrap: true }]), text);
      return;
    }
    const digest = await buildCurrentDigest(ctx.prisma, ctx.clock, ctx.config, language, "on-demand");
    // Shown to the person who asked: in a channel or group chat, in their personal chat instead.
    if (turn.conversationKind === "personal") {
      await ctx.reply(turn, renderMessageCard(digest), digest.summary);
    } else {
      await ctx.chat.postPrivate({ platform: "teams", channelId: turn.conversationId }, turn.userId, digest);
    }
  });
}
