// One ChatPort over every connected platform: the scheduler and the use cases post to a ChatTarget
// and its platform decides which adapter sends it. A platform that is not connected refuses
// retryably, so the reminder waits instead of being lost when Teams or Slack is switched off.
import { ChatDeliveryError, type ChatPlatform, type ChatPort, type ChatTarget } from "../../domain/ports.ts";

export function platformChat(chats: Partial<Record<ChatPlatform, ChatPort>>): ChatPort | null {
  if (Object.values(chats).every((chat) => chat === undefined)) return null;
  const of = (target: ChatTarget): ChatPort => {
    const chat = chats[target.platform];
    if (!chat) throw new ChatDeliveryError(`${target.platform} is not connected`, true, 60_000);
    return chat;
  };
  return {
    post: (target, message) => of(target).post(target, message),
    update: (posted, message) => of(posted).update(posted, message),
    postPrivate: (target, userId, message) => of(target).postPrivate(target, userId, message),
  };
}
