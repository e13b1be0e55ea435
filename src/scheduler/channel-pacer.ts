// Slack accepts about one chat.postMessage per second per channel (PLATFORM.md). The pacer hands
// out send slots per channel, one interval apart, and holds a channel back after a 429 until its
// Retry-After has passed. Time comes from the clock and waiting goes through `sleep`, so tests
// control both and never wait for real.
import type { Clock } from "../domain/ports.ts";

/** Waits `ms` milliseconds (or until aborted). Injected: tests record instead of waiting. */
export type Sleep = (ms: number) => Promise<void>;

export function realSleep(signal?: AbortSignal): Sleep {
  return (ms) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      }
      signal?.addEventListener("abort", done, { once: true });
    });
}

export class ChannelPacer {
  private readonly nextFree = new Map<string, number>();
  /** Channels the platform asked us to leave alone (HTTP 429), until when. */
  private readonly holds = new Map<string, number>();

  private readonly clock: Clock;
  private readonly sleep: Sleep;
  readonly intervalMs: number;

  constructor(clock: Clock, sleep: Sleep, intervalMs = 1_000) {
    this.clock = clock;
    this.sleep = sleep;
    this.intervalMs = intervalMs;
  }

  /** Resolves when a message may go to `channel`; reserves that slot. */
  async acquire(channel: string): Promise<void> {
    const now = this.clock.now().getTime();
    this.forgetIdle(now);
    const slot = Math.max(now, this.nextFree.get(channel) ?? 0);
    this.nextFree.set(channel, slot + this.intervalMs);
    if (slot > now) await this.sleep(slot - now);
  }

  /** After HTTP 429: nothing goes to `channel` before `until`. */
  holdUntil(channel: string, until: Date): void {
    const at = Math.max(this.holds.get(channel) ?? 0, until.getTime());
    this.holds.set(channel, at);
    this.nextFree.set(channel, Math.max(this.nextFree.get(channel) ?? 0, at));
  }

  /** While a Retry-After holds the channel, until when; null when it may be paced as usual. */
  heldUntil(channel: string): Date | null {
    const until = this.holds.get(channel);
    if (until === undefined) return null;
    if (until <= this.clock.now().getTime()) {
      this.holds.delete(channel);
      return null;
    }
    return new Date(until);
  }

  private forgetIdle(now: number): void {
    if (this.nextFree.size < 1_000) return;
    for (const [channel, next] of this.nextFree) if (next < now) this.nextFree.delete(channel);
  }
}
