// Bot Connector failures as the domain's delivery errors: 429 and 5xx are retryable (with the
// connector's Retry-After, else the scheduler's back-off), 403/404 mean the app may no longer post
// in that conversation (removed, uninstalled), everything else is final.
import { ChannelUnavailableError } from "../../domain/breach/breach-error.ts";
import { ChatDeliveryError } from "../../domain/ports.ts";

interface HttpFailure {
  message?: string;
  code?: string;
  response?: { status?: number; headers?: Record<string, unknown> };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from `now`. */
export function retryAfterMs(header: unknown, now: Date): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(1, seconds) * 1000;
  const at = Date.parse(String(value));
  return Number.isNaN(at) ? undefined : Math.max(1000, at - now.getTime());
}

export function toTeamsDeliveryError(error: unknown, conversationId: string, now: Date): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  const e = error as HttpFailure;
  const status = e?.response?.status;
  if (status === 429) {
    return new ChatDeliveryError(
      "Teams rate limit",
      true,
      retryAfterMs(e.response?.headers?.["retry-after"], now),
    );
  }
  if (status === 403 || status === 404) return new ChannelUnavailableError(conversationId, `HTTP ${status}`);
  if (status !== undefined && status >= 500) {
    return new ChatDeliveryError(
      `Teams connector HTTP ${status}`,
      true,
      retryAfterMs(e.response?.headers?.["retry-after"], now),
    );
  }
  if (
    status === undefined &&
    e?.code &&
    /^E(CONN|TIMEDOUT|NOTFOUND|AI_AGAIN)|ECONNRESET|ERR_NETWORK/.test(e.code)
  ) {
    return new ChatDeliveryError(`Teams connector unreachable: ${e.message ?? e.code}`, true);
  }
  // Also a card over Teams' limits (TeamsLimitError): sending it again would fail again.
  return new ChatDeliveryError(
    `Teams refused: ${status ? `HTTP ${status}` : (e?.message ?? String(error))}`,
    false,
  );
}
