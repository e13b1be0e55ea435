// A person waiting on an answer (a loading dialog, a private reply) is worth a short wait when Slack
// says "Retry-After a few seconds": the listener has acked already, so Slack's 3 s are not at stake.
// A longer Retry-After is not waited out in a listener (it would hold the request open for nothing);
// the scheduler's own back-off covers what it sends.
import { webApi } from "@slack/bolt";
import type { Sleep } from "../../scheduler/channel-pacer.ts";

/** Longer than this a person would give up waiting anyway. */
export const MAX_LISTENER_WAIT_MS = 10_000;

export const timerSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Retry-After of a rate-limited Web API call when it is short enough to wait out, else null. */
export function shortRetryAfterMs(error: unknown): number | null {
  const e = error as { code?: string; retryAfter?: number };
  if (e?.code !== webApi.ErrorCode.RateLimitedError) return null;
  const ms = Math.max(1, e.retryAfter ?? 1) * 1000;
  return ms <= MAX_LISTENER_WAIT_MS ? ms : null;
}

/** A 5xx or a dropped connection: worth one quick second try while someone waits. */
export const QUICK_RETRY_MS = 500;

/** How long to wait before the one second try of a listener's call, or null when not worth it. */
export function listenerRetryWaitMs(error: unknown): number | null {
  const e = error as { code?: string; statusCode?: number };
  if (e?.code === webApi.ErrorCode.RateLimitedError) return shortRetryAfterMs(error);
  if (e?.code === webApi.ErrorCode.RequestError) return QUICK_RETRY_MS;
  if (e?.code === webApi.ErrorCode.HTTPError && (e.statusCode ?? 0) >= 500) return QUICK_RETRY_MS;
  return null;
}
