// Installation events: Teams hands over a conversation reference when the app is added to a team,
// a group chat or someone's personal scope (conversationUpdate / installationUpdate), and says so
// when it is removed. Stored in PostgreSQL so reminders and digests can be sent later without being
// spoken to; removed on uninstall, which stops them. Every inbound turn refreshes what is known.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import { removeConversations, saveConversation } from "../db/repositories/conversation-references.ts";
import { actorOf, type TeamsTurn } from "./turn.ts";

export class ConversationBook {
  /** Conversations stored by this process already: no database write on every turn. */
  private readonly known = new Set<string>();

  private readonly prisma: PrismaClient;
  private readonly logger: Logger;
  private readonly onRemoved: () => Promise<void>;
  /** Says hello where the app was just installed. */
  private readonly greet: (turn: TeamsTurn) => Promise<void>;

  constructor(
    prisma: PrismaClient,
    logger: Logger,
    onRemoved: () => Promise<void>,
    greet: (turn: TeamsTurn) => Promise<void>,
  ) {
    this.prisma = prisma;
    this.logger = logger;
    this.onRemoved = onRemoved;
    this.greet = greet;
  }

  /** Remembers the conversation of any turn (its service URL is needed to post there later). */
  async remember(turn: TeamsTurn): Promise<void> {
    if (!turn.conversationId || !turn.serviceUrl || this.known.has(turn.conversationId)) return;
    await this.save(turn, false);
  }

  private async save(turn: TeamsTurn, audited: boolean): Promise<void> {
    const a = turn.activity;
    await this.prisma.$transaction((tx) =>
      saveConversation(
        tx,
        {
          conversationId: turn.conversationId,
          serviceUrl: turn.serviceUrl,
          tenantId: turn.tenantId || null,
          teamId: turn.teamId,
          name: a.channelData?.channel?.name ?? a.channelData?.team?.name ?? a.conversation?.name ?? null,
          kind: turn.conversationKind,
          userAadId: turn.conversationKind === "personal" ? turn.aadObjectId || null : null,
          reference: {
            serviceUrl: turn.serviceUrl,
            conversation: a.conversation,
            bot: a.recipient,
            channelId: "msteams",
            tenantId: turn.tenantId,
          },
        },
        audited ? actorOf(turn) : null,
      ),
    );
    this.known.add(turn.conversationId);
  }

  async onInstallationUpdate(turn: TeamsTurn): Promise<void> {
    const action = turn.activity.action ?? "";
    if (action === "add") {
      await this.save(turn, true);
      return this.greet(turn);
    }
    if (action.startsWith("add")) return this.save(turn, true);
    if (action.startsWith("remove")) return this.remove(turn);
  }

  async onConversationUpdate(turn: TeamsTurn): Promise<void> {
    const a = turn.activity;
    const botId = a.recipient?.id;
    const event = a.channelData?.eventType;
    if (botId && a.membersAdded?.some((m) => m.id === botId)) return this.save(turn, true);
    if (botId && a.membersRemoved?.some((m) => m.id === botId)) return this.remove(turn);
    if (event === "channelDeleted" && a.channelData?.channel?.id) {
      await this.removeWhere(turn, { conversationId: a.channelData.channel.id });
    }
  }

  private async remove(turn: TeamsTurn): Promise<void> {
    // A team uninstall removes every channel of that team we had stored.
    const where = turn.teamId ? { teamId: turn.teamId } : { conversationId: turn.conversationId };
    await this.removeWhere(turn, where);
    if (turn.teamId) await this.removeWhere(turn, { conversationId: turn.conversationId });
  }

  private async removeWhere(turn: TeamsTurn, where: { conversationId: string } | { teamId: string }) {
    const removed = await this.prisma.$transaction((tx) => removeConversations(tx, where, actorOf(turn)));
    this.known.clear();
    if (removed > 0) {
      this.logger.info(
        { removed },
        "Teams app removed from a conversation; nothing is posted there any more",
      );
      await this.onRemoved();
    }
  }
}
