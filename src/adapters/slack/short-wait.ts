// A person waiting on an answer (a loading dialog, a private reply) is worth one more try when Slack
// says "Retry-After a few seconds", or answers 5xx: the listener has acked already, so Slack's 3 s
// are not at stake. A longer Retry-After is not waited out in a listener (it would hold the request
// open for nothing); the scheduler's own back-off covers what it sends.
import type { Sleep } from "../../scheduler/channel-pacer.ts";
import { toDeliveryError } from "./delivery-errors.ts";

/** Longer than this a person would give up waiting anyway. */
export const MAX_LISTENER_WAIT_MS = 10_000;

/** A 5xx or a dropped connection: worth one quick second try while someone waits. */
export const QUICK_RETRY_MS = 500;

export const timerSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long to wait before the one second try of a listener's call, or null when not worth it: a
 * Retry-After up to MAX_LISTENER_WAIT_MS, and with `outages` also a 5xx or a dropped connection.
 */
export function secondTryWaitMs(error: unknown, options: { outages: boolean }): number | null {
  const delivery = toDeliveryError(error, "listener");
  if (delivery.retryAfterMs !== undefined)
    return delivery.retryAfterMs <= MAX_LISTENER_WAIT_MS ? delivery.retryAfterMs : null;
  return options.outages && delivery.retryable ? QUICK_RETRY_MS : null;
}

/** `call`, and once more after the wait when its failure is worth it; else its error. */
export async function withSecondTry<T>(
  call: () => Promise<T>,
  options: { outages: boolean; sleep?: Sleep | undefined },
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const waitMs = secondTryWaitMs(error, options);
    if (waitMs === null) throw error;
    await (options.sleep ?? timerSleep)(waitMs);
    return call();
  }
}
