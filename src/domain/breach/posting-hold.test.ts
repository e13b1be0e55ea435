import { describe, expect, it } from "vitest";
import { ChatDeliveryError } from "../ports.ts";
import { ChannelUnavailableError } from "./breach-error.ts";
import { nextPostingAttempt } from "./posting-hold.ts";

const now = new Date("2026-05-04T08:00:00Z");
const delayOf = (at: Date) => at.getTime() - now.getTime();

describe("nextPostingAttempt", () => {
  it("waits exactly as long as Retry-After asks", () => {
    expect(delayOf(nextPostingAttempt(new ChatDeliveryError("rate limit", true, 42_000), 1, now))).toBe(
      42_000,
    );
  });

  it("backs off from 30 s, doubling, for an outage without Retry-After", () => {
    const outage = new ChatDeliveryError("Slack unreachable", true);
    expect([1, 2, 3].map((n) => delayOf(nextPostingAttempt(outage, n, now)))).toEqual([
      30_000, 60_000, 120_000,
    ]);
  });

  it("keeps trying a refused post, at most an hour apart, long after the reminders gave up", () => {
    const refused = new ChannelUnavailableError("C1", "not_in_channel");
    expect(delayOf(nextPostingAttempt(refused, 50, now))).toBe(3_600_000);
  });
});
