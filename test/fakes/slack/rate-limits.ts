// Slack-like rate limits for the fake Web API: at most `max` calls of a method per `windowMs`, per
// channel or for the whole workspace, answered with HTTP 429 and Retry-After beyond that. A call
// made before an earlier Retry-After has passed is reported as a violation. Time comes from `now`,
// so a test with a settable clock runs the limits in simulated time.

export interface RateLimit {
  max: number;
  windowMs: number;
  perChannel?: boolean;
}

export interface RateLimitedReply {
  status: 429;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

export class RateLimits {
  private readonly limits = new Map<string, RateLimit[]>();
  private readonly recentCalls = new Map<string, number[]>();
  private readonly retryAfterUntil = new Map<string, number>();
  /** Calls answered with HTTP 429. */
  rejected = 0;

  private readonly now: () => number;
  private readonly onViolation: (problem: string) => void;

  constructor(now: () => number, onViolation: (problem: string) => void) {
    this.now = now;
    this.onViolation = onViolation;
  }

  add(method: string, limit: RateLimit): void {
    this.limits.set(method, [...(this.limits.get(method) ?? []), limit]);
  }

  /** The 429 answer to this call, or null when it is within every limit (then it counts). */
  check(method: string, args: Record<string, unknown>): RateLimitedReply | null {
    for (const limit of this.limits.get(method) ?? []) {
      const reply = this.checkOne(method, limit, args);
      if (reply) return reply;
    }
    return null;
  }

  private checkOne(method: string, limit: RateLimit, args: Record<string, unknown>): RateLimitedReply | null {
    const key = limit.perChannel ? `${method}:${String(args.channel)}` : method;
    const now = this.now();
    const holdUntil = this.retryAfterUntil.get(key);
    if (holdUntil !== undefined && now < holdUntil) {
      this.onViolation(`${key} called ${holdUntil - now} ms before its Retry-After had passed`);
    }
    const recent = (this.recentCalls.get(key) ?? []).filter((at) => at > now - limit.windowMs);
    if (recent.length >= limit.max) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + limit.windowMs - now) / 1000));
      this.retryAfterUntil.set(key, now + retryAfter * 1000);
      this.recentCalls.set(key, recent);
      this.rejected++;
      return {
        status: 429,
        body: { ok: false, error: "ratelimited" },
        headers: { "retry-after": String(retryAfter) },
      };
    }
    recent.push(now);
    this.recentCalls.set(key, recent);
    return null;
  }
}
