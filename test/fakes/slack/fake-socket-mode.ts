// Slack's side of Socket Mode on 127.0.0.1, for tests. apps.connections.open on the fake Web API
// (app-level token) hands out ws://127.0.0.1:<port>/link/?ticket=…; a ticket opens one connection.
// On connect the server sends `hello`, pings like Slack does, and lets a test send envelopes
// ({ envelope_id, type, payload, accepts_response_payload }) and await the app's ack
// ({ envelope_id, payload? }) for each, within Slack's 3 s. Anything else the app sends is recorded
// as a problem.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { FakeSlack, SocketModeEndpoint } from "./fake-slack.ts";

export const APP_ID = "A0001";
/** Slack waits this long for an ack before it gives up on (or retries) an envelope. */
export const ACK_DEADLINE_MS = 3_000;

export type EnvelopeType = "slash_commands" | "interactive" | "events_api";

export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
}

export interface RecordedAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
  /** Milliseconds from sending the envelope to receiving this ack. */
  ms: number;
}

export interface SentEnvelope {
  envelope: Envelope;
  /** The app's ack; rejects when none arrives within ACK_DEADLINE_MS. */
  acked: Promise<RecordedAck>;
}

interface AckWaiter {
  sentAt: number;
  resolve: (ack: RecordedAck) => void;
}

export class FakeSocketMode implements SocketModeEndpoint {
  /** Every ack received, in order. */
  readonly acks: RecordedAck[] = [];
  /** Messages from the app that are not a well-formed ack of an envelope we sent. */
  readonly problems: string[] = [];
  /** Close codes of the connections the app closed (1000: normal closure after a close handshake). */
  readonly closeCodes: number[] = [];
  /** Pings the app sent (its heartbeat); the server answers each with a pong. */
  pingsFromApp = 0;
  /** Pongs the app sent to the server's pings. */
  pongsFromApp = 0;
  private readonly tickets = new Set<string>();
  private readonly sockets = new Set<WebSocket>();
  private readonly sentIds = new Set<string>();
  private readonly ackWaiters = new Map<string, AckWaiter[]>();
  private connectedWaiters: Array<(socket: WebSocket) => void> = [];
  private closedWaiters: Array<() => void> = [];
  private readonly pingTimers = new Set<NodeJS.Timeout>();
  private server?: Server;
  private wss?: WebSocketServer;
  private port = 0;
  connections = 0;

  private readonly slack: FakeSlack;
  private readonly options: { pingIntervalMs?: number };

  constructor(slack: FakeSlack, options: { pingIntervalMs?: number } = {}) {
    this.slack = slack;
    this.options = options;
  }

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ noServer: true });
    this.server = createServer((_req, res) => {
      res.writeHead(426, { "content-type": "text/plain" });
      res.end("WebSocket only");
    });
    this.server.on("upgrade", (req, socket, head) => this.upgrade(req, socket, head));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.slack.socketMode = this;
    return this;
  }

  async stop(): Promise<void> {
    if (this.slack.socketMode === this) this.slack.socketMode = undefined;
    for (const timer of this.pingTimers) clearInterval(timer);
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** apps.connections.open: a URL with a fresh ticket, as Slack's wss://…/link/?ticket=…&app_id=… */
  openConnection(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `ws://127.0.0.1:${this.port}/link/?ticket=${ticket}&app_id=${APP_ID}`;
  }

  /** Open connections (the app holds one; Slack allows up to 10 per app-level token). */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Resolves when the app holds an open connection that got its hello. */
  connected(timeoutMs = 5_000): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return bounded(
      new Promise<void>((resolve) => this.connectedWaiters.push(() => resolve())),
      timeoutMs,
      "the app did not connect",
    );
  }

  /** Resolves when the app holds no connection any more. */
  disconnected(timeoutMs = 5_000): Promise<void> {
    if (this.sockets.size === 0) return Promise.resolve();
    return bounded(
      new Promise<void>((resolve) => this.closedWaiters.push(resolve)),
      timeoutMs,
      "the app did not close its connection",
    );
  }

  /** Slack's `disconnect` message: it is about to close the connection (refresh_requested, warning, …). */
  requestDisconnect(reason = "refresh_requested"): void {
    for (const socket of this.sockets) {
      socket.send(JSON.stringify({ type: "disconnect", reason, debug_info: { host: "applink-fake" } }));
    }
  }

  /** A slash command, its fields as JSON strings (what the HTTP request would form-encode). */
  sendSlashCommand(fields: Record<string, string>): SentEnvelope {
    return this.send(this.envelope("slash_commands", fields));
  }

  /** A block action, view submission, shortcut, …: the interaction payload as JSON. */
  sendInteractive(payload: Record<string, unknown>): SentEnvelope {
    return this.send(this.envelope("interactive", payload));
  }

  envelope(type: EnvelopeType, payload: Record<string, unknown>): Envelope {
    return { envelope_id: randomUUID(), type, payload, accepts_response_payload: type !== "events_api" };
  }

  /** Sends an envelope over the app's connection; sending it again is how Slack retries it. */
  send(envelope: Envelope): SentEnvelope {
    const socket = [...this.sockets].at(-1);
    if (!socket) throw new Error("the app has no Socket Mode connection");
    this.sentIds.add(envelope.envelope_id);
    const acked = bounded(
      new Promise<RecordedAck>((resolve) => {
        const waiters = this.ackWaiters.get(envelope.envelope_id) ?? [];
        waiters.push({ sentAt: Date.now(), resolve });
        this.ackWaiters.set(envelope.envelope_id, waiters);
      }),
      ACK_DEADLINE_MS,
      `no ack for ${envelope.type} envelope ${envelope.envelope_id} within ${ACK_DEADLINE_MS} ms`,
    );
    socket.send(JSON.stringify(envelope));
    return { envelope, acked };
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "ws://127.0.0.1");
    const ticket = url.searchParams.get("ticket") ?? "";
    if (url.pathname !== "/link/" || !this.tickets.delete(ticket)) {
      socket.end("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    this.wss!.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    this.connections++;
    this.sockets.add(ws);
    ws.on("message", (data, isBinary) => this.receive(data.toString(), isBinary));
    ws.on("ping", () => this.pingsFromApp++);
    ws.on("pong", () => this.pongsFromApp++);
    ws.on("close", (code) => {
      this.closeCodes.push(code);
      this.sockets.delete(ws);
      clearInterval(timer);
      this.pingTimers.delete(timer);
      if (this.sockets.size === 0) {
        for (const resolve of this.closedWaiters) resolve();
        this.closedWaiters = [];
      }
    });
    const timer = setInterval(() => ws.ping(), this.options.pingIntervalMs ?? 5_000);
    timer.unref();
    this.pingTimers.add(timer);
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.sockets.size,
        debug_info: {
          host: "applink-fake",
          build_number: 1,
          approximate_connection_time: 18_060,
        },
        connection_info: { app_id: APP_ID },
      }),
    );
    ws.ping();
    for (const resolve of this.connectedWaiters) resolve(ws);
    this.connectedWaiters = [];
  }

  private receive(text: string, isBinary: boolean): void {
    if (isBinary) {
      this.problems.push("binary message");
      return;
    }
    let message: { envelope_id?: unknown; payload?: unknown };
    try {
      message = JSON.parse(text);
    } catch {
      this.problems.push(`not JSON: ${text}`);
      return;
    }
    const id = message.envelope_id;
    if (typeof id !== "string" || !this.sentIds.has(id)) {
      this.problems.push(`ack of an unknown envelope: ${text}`);
      return;
    }
    if (message.payload !== undefined && (typeof message.payload !== "object" || message.payload === null)) {
      this.problems.push(`ack payload is not an object: ${text}`);
      return;
    }
    const waiter = this.ackWaiters.get(id)?.shift();
    const ack: RecordedAck = {
      envelope_id: id,
      ...(message.payload === undefined ? {} : { payload: message.payload as Record<string, unknown> }),
      ms: waiter ? Date.now() - waiter.sentAt : Number.NaN,
    };
    if (!waiter) this.problems.push(`more acks than deliveries of envelope ${id}`);
    this.acks.push(ack);
    waiter?.resolve(ack);
  }
}

/** The promise, or a rejection naming what did not happen within `ms`. */
export function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (waited ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
