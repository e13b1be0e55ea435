// Web API failures as the domain's delivery errors: rate limits and outages are retryable (with
// Slack's Retry-After), a channel the bot may not use is a ChannelUnavailableError, the rest final.
import { webApi } from "@slack/bolt";
import { ChannelUnavailableError } from "../../domain/breach/breach-error.ts";
import { ChatDeliveryError } from "../../domain/ports.ts";

const { ErrorCode } = webApi;
const channelRefusals = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "user_not_in_channel",
]);

export function slackErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; data?: { error?: string } };
  return e?.code === ErrorCode.PlatformError ? e.data?.error : undefined;
}

export function toDeliveryError(error: unknown, channelId: string): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; message?: string };
  if (e?.code === ErrorCode.RateLimitedError) {
    return new ChatDeliveryError("Slack rate limit", true, Math.max(1, e.retryAfter ?? 1) * 1000);
  }
  const platform = slackErrorCode(error);
  if (platform && channelRefusals.has(platform)) return new ChannelUnavailableError(channelId, platform);
  if (platform === "ratelimited") return new ChatDeliveryError("Slack rate limit", true, 1000);
  if (e?.code === ErrorCode.RequestError)
    return new ChatDeliveryError(`Slack unreachable: ${e.message}`, true);
  if (e?.code === ErrorCode.HTTPError) {
    return new ChatDeliveryError(`Slack HTTP ${e.statusCode}`, (e.statusCode ?? 500) >= 500);
  }
  // Also a message over Slack's limits (SlackLimitError): sending it again would fail again.
  return new ChatDeliveryError(`Slack refused: ${platform ?? e?.message ?? String(error)}`, false);
}
