// One ChatPort over every connected platform: the scheduler and the use cases post to a ChatTarget
// and its platform decides which adapter sends it. A platform that is not connected refuses
// retryably, so the reminder waits instead of being lost when Teams or Slack is switched off.
import { ChatDeliveryError, type ChatPlatform, type ChatPort, type ChatTarget } from "../../domain/ports.ts";

/**
 * The chat of each connected platform, filled in by each adapter as it is created. Shared by the
 * adapters of one process, so a decision taken in Teams also updates its request's card in Slack.
 */
export type ChatDirectory = Partial<Record<ChatPlatform, ChatPort>>;

/** Routes by platform, looking the adapter up at send time (adapters may join the directory later). */
export function routeChat(chats: ChatDirectory): ChatPort {
  const of = (target: ChatTarget): ChatPort => {
    const chat = chats[target.platform];
    if (!chat) throw new ChatDeliveryError(`${target.platform} is not connected`, true, 60_000);
    return chat;
  };
  return {
    post: async (target, message) => of(target).post(target, message),
    update: async (posted, message) => of(posted).update(posted, message),
    postPrivate: async (target, userId, message) => of(target).postPrivate(target, userId, message),
  };
}

/** As routeChat, or null when no platform is connected at all. */
export function platformChat(chats: ChatDirectory): ChatPort | null {
  if (Object.values(chats).every((chat) => chat === undefined)) return null;
  return routeChat(chats);
}
