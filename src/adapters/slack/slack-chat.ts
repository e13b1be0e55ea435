// The ChatPort on Slack: posts and updates neutral messages rendered to Block Kit. Used by the
// breach flow and by the reminder engine; failures arrive as ChatDeliveryError (429 retryable with
// Retry-After), never as silent endless retries.
import type { webApi } from "@slack/bolt";
import type { ChatPort, ChatTarget, PostedMessage } from "../../domain/ports.ts";
import { renderMessage } from "../../forms/slack/render-message.ts";
import type { Message } from "../../messages/model.ts";
import type { Sleep } from "../../scheduler/channel-pacer.ts";
import { toDeliveryError } from "./delivery-errors.ts";
import { withSecondTry } from "./short-wait.ts";

export function createSlackChat(
  client: webApi.WebClient,
  options: { sleep?: Sleep | undefined } = {},
): ChatPort {
  return {
    async post(target: ChatTarget, message: Message): Promise<PostedMessage> {
      try {
        const rendered = renderMessage(message);
        const result = await client.chat.postMessage({
          channel: target.channelId,
          text: rendered.text,
          blocks: rendered.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
        // Posting to a user id lands in the app's direct message: keep that channel for updates.
        return { platform: "slack", channelId: result.channel ?? target.channelId, messageId: result.ts! };
      } catch (error) {
        throw toDeliveryError(error, target.channelId);
      }
    },

    async update(posted: PostedMessage, message: Message): Promise<void> {
      try {
        const rendered = renderMessage(message);
        await client.chat.update({
          channel: posted.channelId,
          ts: posted.messageId,
          text: rendered.text,
          blocks: rendered.blocks,
        });
      } catch (error) {
        throw toDeliveryError(error, posted.channelId);
      }
    },

    async postPrivate(target: ChatTarget, userId: string, message: Message): Promise<void> {
      const rendered = renderMessage(message);
      try {
        // Someone is waiting for this answer now: a short Retry-After or a 5xx gets one more try.
        await withSecondTry(
          () => client.chat.postEphemeral({ channel: target.channelId, user: userId, ...rendered }),
          { outages: true, sleep: options.sleep },
        );
      } catch (error) {
        const delivery = toDeliveryError(error, target.channelId);
        if (delivery.retryable) throw delivery;
        // The bot cannot whisper in that channel: tell the person in the app's direct message.
        try {
          await client.chat.postMessage({ channel: userId, ...rendered });
        } catch (dmError) {
          throw toDeliveryError(dmError, userId);
        }
      }
    },
  };
}
