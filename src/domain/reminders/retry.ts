// What to do after a failed send: try again later (honouring Retry-After), or give up and say so.
// A reminder is never dropped silently: giving up marks it failed, logs an error and lists it in
// the digest.

export interface RetryPolicy {
  /** Attempts (sends tried) after which an error other than rate limiting is final. */
  maxAttempts: number;
  /** Rate limiting (HTTP 429) is not the message's fault: it gets more patience. */
  maxRateLimitedAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  maxRateLimitedAttempts: 30,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
};

export interface SendFailure {
  retryable: boolean;
  retryAfterMs?: number;
}

export type RetryDecision = { action: "retry"; at: Date } | { action: "give-up" };

/**
 * `attempts` counts the attempt that just failed. Exponential back-off: 30 s, 1 min, 2 min, ...
 * capped at an hour; a Retry-After from the platform wins when it asks for longer.
 */
export function decideRetry(
  failure: SendFailure,
  attempts: number,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): RetryDecision {
  if (!failure.retryable) return { action: "give-up" };
  const rateLimited = failure.retryAfterMs !== undefined;
  if (attempts >= (rateLimited ? policy.maxRateLimitedAttempts : policy.maxAttempts))
    return { action: "give-up" };
  const backoff = rateLimited
    ? (failure.retryAfterMs ?? 0)
    : Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return { action: "retry", at: new Date(now.getTime() + Math.max(backoff, 1_000)) };
}
