// The Slack ChatPort that the reminder engine also uses: HTTP 429 becomes a retryable
// ChatDeliveryError carrying Retry-After, tried once (no hidden retries); a channel the bot may not
// use is a ChannelUnavailableError; a private note falls back to the direct message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackChat } from "../../../src/adapters/slack/slack-chat.ts";
import { createDeliveryClient } from "../../../src/adapters/slack/web-client.ts";
import { ChannelUnavailableError } from "../../../src/domain/breach/breach-error.ts";
import { ChatDeliveryError, type ChatPort } from "../../../src/domain/ports.ts";
import { createLogger } from "../../../src/logger.ts";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";

let slack: FakeSlack;
let chat: ChatPort;
const target = { platform: "slack" as const, channelId: "C0OPS" };
const message = { summary: "hello", blocks: [{ type: "section" as const, text: ["hello"] }] };

beforeAll(async () => {
  slack = await new FakeSlack().start();
  slack.memberOf.add("C0OPS");
  chat = createSlackChat(createDeliveryClient(BOT_TOKEN, slack.url, createLogger("silent")));
});
afterAll(async () => {
  await slack.stop();
});

describe("Slack chat port", () => {
  it("turns HTTP 429 into a retryable error with Retry-After, after exactly one call", async () => {
    const posted = await chat.post(target, message);
    slack.failNext("chat.update", { status: 429, retryAfter: 7 });
    const before = slack.callsOf("chat.update").length;
    const error = await chat.update(posted, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatDeliveryError);
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 7000 });
    expect(slack.callsOf("chat.update")).toHaveLength(before + 1);
  });

  it("reports a channel the bot is not in as unavailable, not retryable", async () => {
    const error = await chat
      .post({ platform: "slack", channelId: "C0ELSEWHERE" }, message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailableError);
    expect(error).toMatchObject({ retryable: false, reason: "not_in_channel", channelId: "C0ELSEWHERE" });
    slack.unknownChannels.add("G0PRIVATE");
    const hidden = await chat
      .post({ platform: "slack", channelId: "G0PRIVATE" }, message)
      .catch((e: unknown) => e);
    expect(hidden).toMatchObject({ reason: "channel_not_found" });
  });

  it("treats a refused message as final", async () => {
    slack.failNext("chat.postMessage", { error: "invalid_blocks" });
    const error = await chat.post(target, message).catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: false });
  });

  it("sends a private note as a direct message when it cannot be ephemeral there", async () => {
    await chat.postPrivate({ platform: "slack", channelId: "C0ELSEWHERE" }, "U0ALICE", message);
    expect(slack.callsOf("chat.postMessage").at(-1)!.args.channel).toBe("U0ALICE");
  });

  it("refuses to send a message over Slack's limits instead of losing it at Slack", async () => {
    const tooMany = {
      summary: "x",
      blocks: Array.from({ length: 51 }, () => ({ type: "divider" as const })),
    };
    const error = await chat.post(target, tooMany).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatDeliveryError);
    expect(error).toMatchObject({
      retryable: false,
      message: expect.stringContaining("Slack allows at most 50"),
    });
    expect(slack.violations).toEqual([]);
  });
});
