import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, decideRetry } from "./retry.ts";

const now = new Date("2026-03-29T09:00:00Z");
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe("retry decision", () => {
  it("honours Retry-After on HTTP 429", () => {
    expect(decideRetry({ retryable: true, retryAfterMs: 30_000 }, 1, now)).toEqual({
      action: "retry",
      at: new Date(after(30_000)),
    });
  });

  it("backs off exponentially up to an hour for other retryable errors", () => {
    const delays = [1, 2, 3, 4, 7].map((attempts) => {
      const decision = decideRetry({ retryable: true }, attempts, now);
      return decision.action === "retry" ? decision.at.getTime() - now.getTime() : null;
    });
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000]);
    const capped = decideRetry({ retryable: true }, 7, now, { ...DEFAULT_RETRY_POLICY, maxAttempts: 20 });
    expect(capped.action === "retry" && capped.at.getTime() - now.getTime()).toBe(1_920_000);
    const longest = decideRetry({ retryable: true }, 12, now, { ...DEFAULT_RETRY_POLICY, maxAttempts: 20 });
    expect(longest.action === "retry" && longest.at.getTime() - now.getTime()).toBe(3_600_000);
  });

  it("gives up on a permanent error at once and on a transient one after the last attempt", () => {
    expect(decideRetry({ retryable: false }, 1, now)).toEqual({ action: "give-up" });
    expect(decideRetry({ retryable: true }, DEFAULT_RETRY_POLICY.maxAttempts, now)).toEqual({
      action: "give-up",
    });
    // Rate limiting gets more patience than a broken channel.
    expect(
      decideRetry({ retryable: true, retryAfterMs: 1_000 }, DEFAULT_RETRY_POLICY.maxAttempts, now).action,
    ).toBe("retry");
  });
});
