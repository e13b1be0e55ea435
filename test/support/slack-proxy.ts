// An HTTP proxy in front of the fake Slack Web API for tests with several app processes: each
// process gets its own base URL (`urlFor("a")`), so every chat.postMessage is known by the process
// that sent it, and the answers to chosen channels' posts can be held back. A held post has reached
// the fake (it is posted, as Slack would have posted it) while its sender still waits for the
// answer: the window in which a process that dies leaves a message posted but not recorded as sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxiedPost {
  /** The name in the sender's base URL. */
  instance: string;
  channel: string;
  text: string;
  /** The answer reached the sender (false while held, and for ever when the sender vanished). */
  answered: boolean;
}

interface Held {
  post: ProxiedPost;
  deliver: () => void;
}

export class SlackProxy {
  readonly posts: ProxiedPost[] = [];
  private holding: ((channel: string) => boolean) | null = null;
  private held: Held[] = [];
  private server?: Server;
  private base = "";

  /** `target`: the fake's Web API base URL, ending in /api/. */
  private readonly target: string;

  constructor(target: string) {
    this.target = target;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.forward(req, res).catch((error: unknown) => {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The Web API base URL (SLACK_API_URL) of one process. */
  urlFor(instance: string): string {
    return `${this.base}/${instance}/api/`;
  }

  /** From now on the answers to posts in matching channels wait for `release()`. */
  hold(channels: (channel: string) => boolean): void {
    this.holding = channels;
  }

  /** Stops holding and delivers every held answer (to senders that are still there). */
  release(): number {
    this.holding = null;
    const held = this.held;
    this.held = [];
    for (const entry of held) entry.deliver();
    return held.length;
  }

  /** The posts of `instance` whose answers are held right now. */
  heldFrom(instance: string): ProxiedPost[] {
    return this.held.filter((h) => h.post.instance === instance).map((h) => h.post);
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/([^/]+)\/api\/([^?]+)/.exec(req.url ?? "");
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const [, instance, method] = match as unknown as [string, string, string];
    const body = await readBody(req);
    const contentType = req.headers["content-type"] ?? "application/x-www-form-urlencoded";
    const answer = await fetch(`${this.target}${method}`, {
      method: req.method,
      headers: {
        "content-type": contentType,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      },
      body: req.method === "GET" ? undefined : body,
    });
    const text = await answer.text();
    const headers: Record<string, string> = { "content-type": "application/json" };
    const retryAfter = answer.headers.get("retry-after");
    if (retryAfter) headers["retry-after"] = retryAfter;

    const post: ProxiedPost | null =
      method === "chat.postMessage" ? { instance, ...postedIn(body, contentType), answered: false } : null;
    const deliver = () => {
      // A sender that was killed meanwhile has closed its connection: nothing to deliver to.
      if (res.destroyed || req.socket.destroyed) return;
      if (post) post.answered = true;
      res.writeHead(answer.status, headers).end(text);
    };
    if (post) this.posts.push(post);
    if (post && this.holding?.(post.channel)) this.held.push({ post, deliver });
    else deliver();
  }
}

function postedIn(body: string, contentType: string): { channel: string; text: string } {
  const args = contentType.includes("application/json")
    ? (JSON.parse(body || "{}") as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(body));
  return { channel: String(args.channel ?? ""), text: String(args.text ?? "") };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
