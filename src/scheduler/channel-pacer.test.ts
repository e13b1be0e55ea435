import { describe, expect, it } from "vitest";
import { ChannelPacer } from "./channel-pacer.ts";

function setup() {
  let now = Date.parse("2026-03-29T09:00:00Z");
  const slept: number[] = [];
  const clock = { now: () => new Date(now) };
  const sleep = async (ms: number) => {
    slept.push(ms);
    now += ms;
  };
  return { pacer: new ChannelPacer(clock, sleep, 1_000), slept, advance: (ms: number) => (now += ms), clock };
}

describe("channel pacer", () => {
  it("spaces messages to one channel a second apart and lets other channels go at once", async () => {
    const { pacer, slept } = setup();
    await pacer.acquire("slack:C1");
    await pacer.acquire("slack:C1");
    await pacer.acquire("slack:C2");
    await pacer.acquire("slack:C1");
    expect(slept).toEqual([1_000, 1_000]);
  });

  it("does not wait when the channel has been quiet", async () => {
    const { pacer, slept, advance } = setup();
    await pacer.acquire("slack:C1");
    advance(5_000);
    await pacer.acquire("slack:C1");
    expect(slept).toEqual([]);
  });

  it("holds a channel back until Retry-After has passed", async () => {
    const { pacer, slept, clock } = setup();
    await pacer.acquire("slack:C1");
    pacer.holdUntil("slack:C1", new Date(clock.now().getTime() + 30_000));
    expect(pacer.heldUntil("slack:C1")?.getTime()).toBe(clock.now().getTime() + 30_000);
    expect(pacer.heldUntil("slack:C2")).toBeNull();
    await pacer.acquire("slack:C1");
    expect(slept).toEqual([30_000]);
  });
});

describe("channel pacer backlog", () => {
  it("does not mistake a paced backlog for a Retry-After hold", async () => {
    const { pacer } = setup();
    const frozen = new ChannelPacer({ now: () => new Date("2026-03-29T09:00:00Z") }, async () => {}, 1_000);
    for (let i = 0; i < 5; i++) await frozen.acquire("slack:C1");
    expect(frozen.heldUntil("slack:C1")).toBeNull();
    expect(pacer.heldUntil("slack:C1")).toBeNull();
  });
});
