// A local Slack Web API on 127.0.0.1 for tests: records every call, answers like Slack (ok:false
// errors included), enforces the Block Kit limits on every view and message, expires trigger ids
// after 3 s and after one use, and answers HTTP 429 with Retry-After when a test asks for it.
// apps.connections.open (Socket Mode) takes the app-level token and hands out the URL of a
// FakeSocketMode; every other method takes the bot token.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { checkBlocks, checkView } from "./block-kit-rules.ts";
import { type RateLimit, RateLimits } from "./rate-limits.ts";

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** When it arrived, by `now` (the test's clock when the test sets one). */
  at: number;
}

export interface FakeUser {
  id: string;
  name: string;
  realName: string;
  email?: string;
  phone?: string;
  locale?: string;
  tz?: string;
  /** The person's own workspace (default ours, T0001); another one for a Slack Connect colleague. */
  teamId?: string;
  /** Multi-channel guest (users.info `is_restricted`). */
  restricted?: boolean;
  /** Single-channel guest (users.info `is_ultra_restricted`). */
  ultraRestricted?: boolean;
  /** Someone of another organisation seen through a shared channel (`is_stranger`). */
  stranger?: boolean;
}

interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown;
}

type Reply = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };
type Handler = (args: Record<string, unknown>) => Reply;

export const BOT_TOKEN = "xoxb-test-token";
export const APP_TOKEN = "xapp-1-A0001-1234567890-0123456789abcdef";

/** Methods Slack answers only for an app-level token; the others refuse it (not_allowed_token_type). */
const APP_TOKEN_METHODS = new Set(["apps.connections.open"]);

/** What answers apps.connections.open: a WebSocket URL with a fresh, single-use ticket. */
export interface SocketModeEndpoint {
  openConnection(): string;
}

interface CallWaiter {
  method: string;
  count: number;
  resolve: (calls: RecordedCall[]) => void;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Every Block Kit problem seen, also the ones refused: a test can assert there were none. */
  readonly violations: string[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly views = new Map<string, { view: Record<string, unknown>; hash: string }>();
  readonly users = new Map<string, FakeUser>();
  /** Channels the bot is a member of; posting elsewhere answers not_in_channel. */
  readonly memberOf = new Set<string>();
  /** Channels that do not exist (or that the bot cannot see): channel_not_found. */
  readonly unknownChannels = new Set<string>();
  private readonly triggers = new Map<string, { issuedAt: number; used: boolean }>();
  private readonly planned = new Map<string, Reply[]>();
  private readonly delays = new Map<string, number>();
  /** The view opened or updated last (views.open answers with its id, which no argument carries). */
  lastViewId?: string;
  private callWaiters: CallWaiter[] = [];
  /** Time for rate limits; tests with a settable clock pass it, so limits follow simulated time. */
  now: () => number = () => Date.now();
  private readonly limits = new RateLimits(
    () => this.now(),
    (problem) => this.violations.push(problem),
  );
  private server?: Server;
  private sequence = 0;
  url = "";
  /** Set by a FakeSocketMode, which answers apps.connections.open. */
  socketMode?: SocketModeEndpoint;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then((reply) => {
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A fresh trigger id, as Slack puts in a slash command or button payload. Valid 3 s, once. */
  issueTrigger(): string {
    const id = `${Date.now()}.${++this.sequence}.${randomBytes(8).toString("hex")}`;
    this.triggers.set(id, { issuedAt: Date.now(), used: false });
    return id;
  }

  /** The next call of `method` gets this answer instead (e.g. HTTP 429 with Retry-After). */
  failNext(method: string, reply: { status?: number; error?: string; retryAfter?: number }): void {
    const list = this.planned.get(method) ?? [];
    list.push({
      status: reply.status ?? 200,
      body:
        reply.status === 429
          ? { ok: false, error: "ratelimited" }
          : { ok: false, error: reply.error ?? "fatal_error" },
      headers: reply.retryAfter === undefined ? undefined : { "retry-after": String(reply.retryAfter) },
    });
    this.planned.set(method, list);
  }

  /**
   * Every call of `method` is answered `ms` later (0: at once again): Slack being slow, in real time,
   * for code whose budget is real time (a trigger id lives 3 s whatever the test's clock says).
   */
  delay(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method, ms);
    else this.delays.delete(method);
  }

  /** Limits `method` like Slack does (HTTP 429 with Retry-After); see rate-limits.ts. */
  rateLimit(method: string, limit: RateLimit): void {
    this.limits.add(method, limit);
  }

  /** Calls answered with HTTP 429 by a rate limit. */
  get rateLimited(): number {
    return this.limits.rejected;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `method` has been called `count` times in all; rejects after `timeoutMs`. */
  waitForCalls(method: string, count: number, timeoutMs = 5_000): Promise<RecordedCall[]> {
    if (this.callsOf(method).length >= count) return Promise.resolve(this.callsOf(method));
    return new Promise((resolve, reject) => {
      const waiter: CallWaiter = {
        method,
        count,
        resolve: (calls) => {
          clearTimeout(timer);
          resolve(calls);
        },
      };
      const timer = setTimeout(() => {
        this.callWaiters = this.callWaiters.filter((w) => w !== waiter);
        reject(
          new Error(
            `${method} was called ${this.callsOf(method).length} times, not ${count}, in ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      this.callWaiters.push(waiter);
    });
  }

  private async handle(req: IncomingMessage): Promise<Reply> {
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
    const args = parseBody(await readBody(req), req.headers["content-type"] ?? "");
    const reply = this.answer(method, args, req.headers.authorization);
    this.calls.push({ method, args, at: this.now() });
    const reached = this.callWaiters.filter(
      (w) => w.method === method && this.callsOf(method).length >= w.count,
    );
    this.callWaiters = this.callWaiters.filter((w) => !reached.includes(w));
    for (const waiter of reached) waiter.resolve(this.callsOf(method));
    const delay = this.delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return reply;
  }

  private answer(method: string, args: Record<string, unknown>, authorization: string | undefined): Reply {
    const token = authorization?.replace(/^Bearer /, "") ?? args.token;
    const expected = APP_TOKEN_METHODS.has(method) ? APP_TOKEN : BOT_TOKEN;
    if (token !== expected) {
      return error(token === APP_TOKEN || token === BOT_TOKEN ? "not_allowed_token_type" : "invalid_auth");
    }
    const planned = this.planned.get(method)?.shift();
    if (planned) return planned;
    const limited = this.limits.check(method, args);
    if (limited) return limited;
    const handler = this.handlers[method];
    return handler ? handler(args) : error("unknown_method");
  }

  private readonly handlers: Record<string, Handler> = {
    "apps.connections.open": () =>
      // Without a FakeSocketMode attached this fake has nothing to connect to.
      this.socketMode ? ok({ url: this.socketMode.openConnection() }) : error("unknown_method"),
    "auth.test": () =>
      ok({
        user_id: "UBOT",
        bot_id: "BBOT",
        team_id: "T0001",
        user: "dpa-bot",
        url: "https://example.slack.com/",
      }),
    "users.info": (args) => {
      const user = this.users.get(String(args.user));
      if (!user) return error("user_not_found");
      return ok({
        user: {
          id: user.id,
          team_id: user.teamId ?? "T0001",
          name: user.name,
          real_name: user.realName,
          is_restricted: user.restricted ?? false,
          is_ultra_restricted: user.ultraRestricted ?? false,
          ...(user.stranger ? { is_stranger: true } : {}),
          tz: user.tz ?? "Europe/Brussels",
          ...(args.include_locale ? { locale: user.locale ?? "en-US" } : {}),
          profile: {
            real_name: user.realName,
            display_name: user.name,
            email: user.email,
            phone: user.phone ?? "",
          },
        },
      });
    },
    "views.open": (args) => {
      const trigger = this.triggers.get(String(args.trigger_id));
      if (!trigger) return error("invalid_trigger_id");
      if (trigger.used) return error("exchanged_trigger_id");
      if (Date.now() - trigger.issuedAt > 3000) return error("expired_trigger_id");
      trigger.used = true;
      return this.storeView(`V${++this.sequence}`, args.view);
    },
    "views.update": (args) => {
      const id = String(args.view_id);
      const current = this.views.get(id);
      if (!current) return error("not_found");
      if (args.hash !== undefined && args.hash !== current.hash) return error("hash_conflict");
      return this.storeView(id, args.view);
    },
    "chat.postMessage": (args) => {
      let channel = String(args.channel);
      // Posting to a user id opens the app's direct message with that user.
      if (channel.startsWith("U")) channel = `D${channel.slice(1)}`;
      else {
        const refused = this.channelProblem(channel);
        if (refused) return error(refused);
      }
      const problems = checkBlocks(args.blocks ?? [], "message");
      if (problems.length > 0) return this.refuse("invalid_blocks", problems);
      const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.sequence).padStart(6, "0")}`;
      this.messages.set(`${channel}/${ts}`, {
        channel,
        ts,
        text: String(args.text ?? ""),
        blocks: args.blocks,
      });
      return ok({ channel, ts, message: { type: "message", text: args.text, blocks: args.blocks, ts } });
    },
    "chat.update": (args) => {
      const key = `${args.channel}/${args.ts}`;
      const stored = this.messages.get(key);
      if (!stored) return error("message_not_found");
      const problems = checkBlocks(args.blocks ?? [], "message");
      if (problems.length > 0) return this.refuse("invalid_blocks", problems);
      this.messages.set(key, { ...stored, text: String(args.text ?? ""), blocks: args.blocks });
      return ok({ channel: args.channel, ts: args.ts, text: args.text });
    },
    "chat.postEphemeral": (args) => {
      const refused = this.channelProblem(String(args.channel));
      if (refused) return error(refused);
      const problems = checkBlocks(args.blocks ?? [], "message");
      if (problems.length > 0) return this.refuse("invalid_blocks", problems);
      return ok({
        message_ts: `${Math.floor(Date.now() / 1000)}.${String(++this.sequence).padStart(6, "0")}`,
      });
    },
  };

  private channelProblem(channel: string): string | null {
    if (this.unknownChannels.has(channel)) return "channel_not_found";
    if (channel.startsWith("D")) return null;
    return this.memberOf.has(channel) ? null : "not_in_channel";
  }

  private storeView(id: string, rawView: unknown): Reply {
    const view = (typeof rawView === "string" ? JSON.parse(rawView) : rawView) as Record<string, unknown>;
    const problems = checkView(view);
    if (problems.length > 0) return this.refuse("invalid_arguments", problems);
    const hash = `${Date.now()}.${randomBytes(4).toString("hex")}`;
    this.views.set(id, { view, hash });
    this.lastViewId = id;
    return ok({
      view: { ...view, id, hash, state: { values: {} }, team_id: "T0001", app_id: "A0001", bot_id: "BBOT" },
    });
  }

  private refuse(code: string, problems: string[]): Reply {
    this.violations.push(...problems);
    return { status: 200, body: { ok: false, error: code, response_metadata: { messages: problems } } };
  }
}

function ok(body: Record<string, unknown>): Reply {
  return { status: 200, body: { ok: true, ...body } };
}

function error(code: string): Reply {
  return { status: 200, body: { ok: false, error: code } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// The Web API client sends form-encoded arguments with nested values (blocks, view) as JSON text.
function parseBody(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return body ? JSON.parse(body) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const nested = ["blocks", "view", "attachments"].includes(key) && /^[[{]/.test(value);
    args[key] = nested ? JSON.parse(value) : value;
  }
  return args;
}
