// Trigger ids for the load generator's slash commands, fetched from the fake Slack's process in
// batches ahead of need, so a command waits for a round trip to it only when the pool runs dry.
// A batch older than MAX_AGE_MS is dropped: the app must open its view within 3 s of the issue,
// and a command can wait in the app's queue for more than a second at 50 connections.
const MAX_AGE_MS = 500;
const BATCH = 64;

export class TriggerPool {
  private ready: string[] = [];
  private fetchedAt = 0;
  private refilling: Promise<void> | undefined;

  private readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  async take(): Promise<string> {
    for (;;) {
      if (performance.now() - this.fetchedAt > MAX_AGE_MS) this.ready = [];
      if (this.ready.length <= BATCH / 2) this.refilling ??= this.refill();
      const id = this.ready.pop();
      if (id !== undefined) return id;
      await this.refilling;
    }
  }

  private async refill(): Promise<void> {
    // Counted from before the request: the fake issued them no earlier than this.
    const asked = performance.now();
    try {
      const response = await fetch(`${this.url}?count=${BATCH}`, { method: "POST" });
      if (!response.ok) throw new Error(`trigger ids: HTTP ${response.status}`);
      this.ready = (await response.json()) as string[];
      this.fetchedAt = asked;
    } finally {
      this.refilling = undefined;
    }
  }
}
