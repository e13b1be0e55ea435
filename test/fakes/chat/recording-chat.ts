// A ChatPort that records what would have been posted, at the port boundary. It can be told to
// fail the next sends (HTTP 429 with Retry-After, a transient error, a permanent one), per channel.
// Recording at this boundary tests the engine; the Slack adapter's own tests cover the Web API.
import {
  ChatDeliveryError,
  type ChatPort,
  type ChatTarget,
  type Clock,
  type PostedMessage,
} from "../../../src/domain/ports.ts";
import { type Message, plainText } from "../../../src/messages/model.ts";

export interface RecordedPost {
  target: ChatTarget;
  message: Message;
  /** The clock's time when the post was accepted. */
  at: Date;
  messageId: string;
  /** Every section and context line, flattened: what a reader sees. */
  text: string;
}

export interface RecordedAttempt {
  target: ChatTarget;
  at: Date;
  outcome: "posted" | "failed";
}

type Failure = () => Error;

export class RecordingChat implements ChatPort {
  readonly posts: RecordedPost[] = [];
  readonly attempts: RecordedAttempt[] = [];
  readonly updates: Array<{ posted: PostedMessage; message: Message; at: Date }> = [];
  readonly privates: Array<{ target: ChatTarget; userId: string; message: Message; at: Date }> = [];
  private readonly failures: Array<{ channelId?: string; fail: Failure }> = [];
  private counter = 0;

  private readonly clock: Clock;
  /** Yield to the event loop before answering, so concurrent senders really interleave. */
  private readonly interleave: boolean;

  constructor(clock: Clock, interleave = false) {
    this.clock = clock;
    this.interleave = interleave;
  }

  /** The next `times` posts (to `channelId`, or to any channel) throw. */
  failNext(times: number, fail: Failure, channelId?: string): void {
    for (let i = 0; i < times; i++) this.failures.push({ channelId, fail });
  }

  /** HTTP 429 with Retry-After, as the Slack adapter reports it. */
  static rateLimited(retryAfterMs: number): Failure {
    return () => new ChatDeliveryError("ratelimited", true, retryAfterMs);
  }

  static transient(message = "service_unavailable"): Failure {
    return () => new ChatDeliveryError(message, true);
  }

  static permanent(message = "channel_not_found"): Failure {
    return () => new ChatDeliveryError(message, false);
  }

  async post(target: ChatTarget, message: Message): Promise<PostedMessage> {
    if (this.interleave) await new Promise((resolve) => setImmediate(resolve));
    const at = this.clock.now();
    const index = this.failures.findIndex(
      (f) => f.channelId === undefined || f.channelId === target.channelId,
    );
    if (index >= 0) {
      const [failure] = this.failures.splice(index, 1);
      this.attempts.push({ target, at, outcome: "failed" });
      throw failure?.fail();
    }
    this.attempts.push({ target, at, outcome: "posted" });
    const messageId = `${++this.counter}.000100`;
    this.posts.push({ target, message, at, messageId, text: textOf(message) });
    return { ...target, messageId };
  }

  async update(posted: PostedMessage, message: Message): Promise<void> {
    this.updates.push({ posted, message, at: this.clock.now() });
  }

  async postPrivate(target: ChatTarget, userId: string, message: Message): Promise<void> {
    this.privates.push({ target, userId, message, at: this.clock.now() });
  }

  postsTo(channelId: string): RecordedPost[] {
    return this.posts.filter((post) => post.target.channelId === channelId);
  }
}

export function textOf(message: Message): string {
  return message.blocks
    .map((block) => {
      if (block.type === "header") return block.text;
      if (block.type === "section" || block.type === "context") return plainText(block.text);
      return "";
    })
    .filter((line) => line !== "")
    .join("\n");
}
