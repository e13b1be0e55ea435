// When to try again after posting an incident's message failed. A breach must be shown, so posting
// is never given up: a rate limit waits exactly as long as the platform asks (Retry-After), other
// failures back off from 30 s up to an hour, in case someone fixes the channel or the app meanwhile.
import { ChatDeliveryError } from "../ports.ts";
import { DEFAULT_RETRY_POLICY, decideRetry } from "../reminders/retry.ts";

const NEVER_GIVE_UP = {
  ...DEFAULT_RETRY_POLICY,
  maxAttempts: Number.POSITIVE_INFINITY,
  maxRateLimitedAttempts: Number.POSITIVE_INFINITY,
};

/** `attempt` counts the attempt that just failed (1 for the first). */
export function nextPostingAttempt(error: unknown, attempt: number, now: Date): Date {
  const retryAfterMs = error instanceof ChatDeliveryError ? error.retryAfterMs : undefined;
  const decision = decideRetry({ retryable: true, retryAfterMs }, attempt, now, NEVER_GIVE_UP);
  // Unreachable with NEVER_GIVE_UP; an hour keeps a surprise from turning into a hot loop.
  return decision.action === "retry"
    ? decision.at
    : new Date(now.getTime() + DEFAULT_RETRY_POLICY.maxDelayMs);
}
