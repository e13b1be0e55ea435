// A local Bot Framework Connector (the `serviceUrl` of every test activity) on 127.0.0.1: records
// what the bot sends (new activities, updates by activity id, new personal conversations),
// validates every Adaptive Card it carries as version 1.5 within Teams' size, refuses activities
// over ~100 KB as Teams does, and answers 429 (with Retry-After) or 5xx when a test plans it.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { adaptiveCardProblems } from "./adaptive-card-rules.ts";

export interface SentActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
}

interface Planned {
  status: number;
  headers?: Record<string, string>;
}

const ACTIVITY_BYTES = 100_000;
const CARD = "application/vnd.microsoft.card.adaptive";

export class FakeConnector {
  readonly sent: SentActivity[] = [];
  readonly updates: SentActivity[] = [];
  readonly createdConversations: Array<Record<string, unknown>> = [];
  /** Every card problem seen, also on refused requests: tests assert there were none. */
  readonly violations: string[] = [];
  /** The card currently shown per activity id (after updates). */
  readonly shown = new Map<string, Record<string, unknown>>();
  /**
   * The roster as GET /v3/conversations/{id}/members/{userId} answers it (TeamsChannelAccount):
   * anyone not listed is an ordinary member of our tenant; a guest has `userRole: "guest"` and a
   * `#EXT#` user principal name.
   */
  readonly roster = new Map<string, { userRole?: string; userPrincipalName?: string }>();
  readonly rosterLookups: string[] = [];
  private readonly planned: Planned[] = [];
  private server?: Server;
  private sequence = 0;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body ?? {}));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The next `times` requests that send or update fail with this status. */
  fail(status: number, options: { times?: number; retryAfterSeconds?: number } = {}): void {
    const headers =
      options.retryAfterSeconds !== undefined
        ? { "retry-after": String(options.retryAfterSeconds) }
        : undefined;
    for (let i = 0; i < (options.times ?? 1); i++) this.planned.push({ status, headers });
  }

  /** Cards of the activities sent to one conversation, in order. */
  cardsIn(conversationId: string): Array<Record<string, unknown>> {
    return this.sent.filter((s) => s.conversationId === conversationId).flatMap((s) => cardsOf(s.activity));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const raw = await readBody(req);
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const create = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(path);
    const update = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(path);
    const rosterPath = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (req.method === "GET" && rosterPath) {
      const userId = rosterPath[2]!;
      this.rosterLookups.push(userId);
      const listed = this.roster.get(userId);
      return {
        status: 200,
        body: {
          id: userId,
          name: "Member",
          userRole: "user",
          userPrincipalName: "member@provider.example",
          ...listed,
        },
      };
    }
    if (req.method === "POST" && path.replace(/\/$/, "") === "/v3/conversations") {
      const failure = this.planned.shift();
      if (failure) return { status: failure.status, headers: failure.headers };
      this.createdConversations.push(body);
      const member = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? "unknown";
      return { status: 201, body: { id: `a:personal-${member}` } };
    }
    if ((req.method === "POST" && create) || (req.method === "PUT" && update)) {
      const problems = this.check(body, raw.length);
      const failure = this.planned.shift();
      if (failure) return { status: failure.status, headers: failure.headers };
      if (problems.length > 0)
        return { status: 400, body: { error: { code: "BadArgument", message: problems.join("; ") } } };
      const conversationId = (create ?? update)![1]!;
      if (create) {
        const activityId = `1${String(++this.sequence).padStart(12, "0")}`;
        this.sent.push({ conversationId, activityId, activity: body });
        const card = cardsOf(body)[0];
        if (card) this.shown.set(activityId, card);
        return { status: 201, body: { id: activityId } };
      }
      const activityId = update![2]!;
      if (!this.sent.some((s) => s.activityId === activityId))
        return { status: 404, body: { error: { code: "NotFound" } } };
      this.updates.push({ conversationId, activityId, activity: body });
      const card = cardsOf(body)[0];
      if (card) this.shown.set(activityId, card);
      return { status: 200, body: { id: activityId } };
    }
    return { status: 404, body: { error: { code: "NotFound", message: `${req.method} ${path}` } } };
  }

  private check(activity: Record<string, unknown>, bytes: number): string[] {
    const problems: string[] = [];
    if (bytes > ACTIVITY_BYTES)
      problems.push(`activity is ${bytes} bytes; Teams refuses over ${ACTIVITY_BYTES}`);
    for (const card of cardsOf(activity)) problems.push(...adaptiveCardProblems(card));
    this.violations.push(...problems);
    return problems;
  }
}

export function cardsOf(activity: Record<string, unknown>): Array<Record<string, unknown>> {
  const attachments =
    (activity.attachments as Array<{ contentType?: string; content?: unknown }> | undefined) ?? [];
  return attachments.filter((a) => a.contentType === CARD).map((a) => a.content as Record<string, unknown>);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}
