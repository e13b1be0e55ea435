// The domain's ChatPort in Teams: posts and updates Adaptive Cards through the Bot Connector at the
// service URL stored with each conversation (proactive messages need it), and "privately" means
// the person's personal chat with the bot. No hidden retries: failures become ChatDeliveryErrors
// and the scheduler decides when to try again.
import type { Client as ApiClient } from "@microsoft/teams.api";
import type { ChatPort, ChatTarget, Clock, PostedMessage } from "../../domain/ports.ts";
import { ChatDeliveryError } from "../../domain/ports.ts";
import { type AdaptiveCard, cardAttachment } from "../../forms/teams/card.ts";
import { renderMessageCard } from "../../forms/teams/render-message.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Message } from "../../messages/model.ts";
import {
  findConversation,
  findPersonalConversation,
  findTenantAnchor,
  saveConversation,
} from "../db/repositories/conversation-references.ts";
import { toTeamsDeliveryError } from "./delivery-errors.ts";

export interface TeamsChatOptions {
  prisma: PrismaClient;
  clock: Clock;
  /** The SDK's API client, cloned per service URL (it carries the bot's token). */
  api: ApiClient;
  /** The bot's id (TEAMS_CLIENT_ID), needed to open a personal chat. */
  botId: () => string | undefined;
  /** Our own tenant (TEAMS_TENANT_ID), where personal chats with approvers are opened. */
  tenantId?: string | null;
  /** TEAMS_LOCAL: only service URLs on this machine; a stored one elsewhere is never posted to. */
  mayPostTo?: (serviceUrl: string) => boolean;
}

export function messageActivity(message: Message) {
  return cardActivity(renderMessageCard(message), message.summary);
}

/** A message activity carrying one card; `summary` is what notifications and screen readers say. */
export function cardActivity(card: AdaptiveCard, summary: string) {
  const activity = { type: "message" as const, summary, attachments: [cardAttachment(card)] };
  return activity;
}

export function createTeamsChat(options: TeamsChatOptions): ChatPort {
  const { prisma, clock } = options;

  function apiAt(serviceUrl: string) {
    if (options.mayPostTo && !options.mayPostTo(serviceUrl)) {
      throw new ChatDeliveryError("TEAMS_LOCAL posts to service URLs on this machine only", false);
    }
    return options.api.clone({ serviceUrl });
  }

  async function clientFor(conversationId: string) {
    const stored = await findConversation(prisma, conversationId);
    if (!stored?.serviceUrl) {
      // Uninstalled, or never installed: there is no way to reach it, now or later.
      throw new ChatDeliveryError(`the app is not installed in Teams conversation ${conversationId}`, false);
    }
    return { api: apiAt(stored.serviceUrl), stored };
  }

  /**
   * The personal chat with one person, by AAD object id: the one Teams told us of (installed in
   * their personal scope), else opened now through the connector of the tenant, which Teams
   * allows once the app is installed for that person (or in a team they belong to). The opened
   * chat is stored, so its card can be updated later by activity id.
   */
  async function personalChat(userAadId: string) {
    const known = await findPersonalConversation(prisma, userAadId);
    if (known?.serviceUrl) return { api: apiAt(known.serviceUrl), id: known.conversationId };
    const anchor = await findTenantAnchor(prisma, options.tenantId ?? null);
    if (!anchor) {
      // Nothing installed yet: retried later by the scheduler, once the app has been added somewhere.
      throw new ChatDeliveryError(
        "the Teams app is not installed in any conversation yet",
        true,
        15 * 60_000,
      );
    }
    const tenantId = anchor.tenantId ?? options.tenantId ?? null;
    const api = apiAt(anchor.serviceUrl);
    const created = await openPersonalChat(api, userAadId, tenantId);
    await saveConversation(
      prisma,
      {
        conversationId: created.id,
        serviceUrl: anchor.serviceUrl,
        tenantId,
        teamId: null,
        name: null,
        kind: "personal",
        userAadId,
        reference: {
          serviceUrl: anchor.serviceUrl,
          conversation: { id: created.id },
          channelId: "msteams",
          tenantId,
        },
      },
      null,
    );
    return { api, id: created.id };
  }

  /** Teams answers with the existing 1:1 conversation when there is one: opening it is idempotent. */
  function openPersonalChat(api: ApiClient, memberId: string, tenantId: string | null) {
    return api.conversations.create({
      isGroup: false,
      bot: { id: options.botId() ?? "" },
      members: [{ id: memberId, role: "user", name: "" }],
      tenantId: tenantId ?? undefined,
      channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
    });
  }

  async function guarded<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toTeamsDeliveryError(error, conversationId, clock.now());
    }
  }

  return {
    async post(target: ChatTarget, message: Message): Promise<PostedMessage> {
      assertTeams(target);
      return guarded(target.channelId, async () => {
        const activity = messageActivity(message);
        if (target.person) {
          const chat = await personalChat(target.channelId);
          const sent = await chat.api.conversations.createActivity(chat.id, activity);
          return { platform: "teams", channelId: chat.id, messageId: sent.id };
        }
        const { api } = await clientFor(target.channelId);
        const sent = await api.conversations.createActivity(target.channelId, activity);
        return { platform: "teams", channelId: target.channelId, messageId: sent.id };
      });
    },

    async update(posted: PostedMessage, message: Message): Promise<void> {
      assertTeams(posted);
      await guarded(posted.channelId, async () => {
        const activity = messageActivity(message);
        const { api } = await clientFor(posted.channelId);
        await api.conversations.updateActivity(posted.channelId, posted.messageId, {
          ...activity,
          id: posted.messageId,
        });
      });
    },

    async postPrivate(target: ChatTarget, userId: string, message: Message): Promise<void> {
      assertTeams(target);
      await guarded(target.channelId, async () => {
        const activity = messageActivity(message);
        const { api, stored } = await clientFor(target.channelId);
        const personal = await openPersonalChat(api, userId, stored.tenantId);
        await api.conversations.createActivity(personal.id, activity);
      });
    },
  };
}

function assertTeams(target: ChatTarget): void {
  if (target.platform !== "teams") throw new Error(`TeamsChat cannot post to ${target.platform}`);
}
