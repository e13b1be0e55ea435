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

  constructor(
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    readonly intervalMs = 1_000,
  ) {}

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
    this.nextFree.set(channel, Math.max(this.nextFree.get(channel) ?? 0, until.getTime()));
  }

  /** When the channel is held back beyond the next interval (a Retry-After), until when. */
  heldUntil(channel: string): Date | null {
    const next = this.nextFree.get(channel);
    const now = this.clock.now().getTime();
    return next !== undefined && next > now + this.intervalMs ? new Date(next) : null;
  }

  private forgetIdle(now: number): void {
    if (this.nextFree.size < 1_000) return;
    for (const [channel, next] of this.nextFree) if (next < now) this.nextFree.delete(channel);
  }
}
