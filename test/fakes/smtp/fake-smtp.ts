// A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it, so the real
// nodemailer transport can be tested end to end (SMTP_URL=smtp://127.0.0.1:<port>). It can also be
// slow: hang at a chosen point of a session, or answer every command late.

import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/**
 * Where a stalled session hangs. `greeting`: connected, but no 220. `rcpt`: no answer to the
 * first RCPT. `message-end`: the whole message is received (and kept: a real server would deliver
 * it) but the 250 after it never comes, so the client cannot know it went out.
 */
export type StallPoint = "greeting" | "rcpt" | "message-end";

export class FakeSmtp {
  readonly received: ReceivedMail[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  url = "";
  /** Answer every recipient with a permanent 550, as a server does for an unknown mailbox. */
  rejectRecipients = false;
  /** Each reply is written this much later (a server that is slow at every step). */
  replyDelayMs = 0;
  private stalls: StallPoint[] = [];
  private readonly held: Array<() => void> = [];
  private readonly stallWaiters: Array<() => void> = [];

  /** The next `sessions` sessions hang at `at` until release() (or until the client gives up). */
  stall(at: StallPoint, sessions = 1): void {
    for (let i = 0; i < sessions; i++) this.stalls.push(at);
  }

  /** Resolves once a session hangs at its stall point: the client is now waiting on us. */
  stalled(): Promise<void> {
    return new Promise((resolve) => this.stallWaiters.push(resolve));
  }

  /** Stalled sessions get their answer after all (to clients still listening); no new stalls. */
  release(): void {
    this.stalls = [];
    for (const answer of this.held.splice(0)) answer();
  }

  /** Listens on `port` (0: any free one). Start again on the same port after stop(): the server is back. */
  async start(port = 0): Promise<this> {
    this.server = createServer((socket) => this.session(socket));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.url = `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private session(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => socket.destroy()); // a client that cut the connection
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    let inData = false;
    let buffer = "";
    const stallAt = this.stalls.shift();
    const open = () => !socket.destroyed && socket.writable;
    const write = (line: string) => {
      if (open()) socket.write(`${line}\r\n`);
    };
    const answer = (line: string) =>
      this.replyDelayMs > 0
        ? new Promise<void>((resolve) =>
            setTimeout(() => {
              write(line);
              resolve();
            }, this.replyDelayMs),
          )
        : write(line);
    // Replies go out in order, each after the one before it: a stalled one holds back the rest.
    let queue = Promise.resolve();
    const reply = (line: string, point?: StallPoint) => {
      if (point && point === stallAt) {
        queue = queue.then(
          () =>
            new Promise<void>((resolve) => {
              this.held.push(() => resolve(answer(line)));
              for (const notify of this.stallWaiters.splice(0)) notify();
            }),
        );
      } else queue = queue.then(() => answer(line));
    };
    reply("220 fake-smtp ESMTP", "greeting");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end = buffer.indexOf("\r\n");
      while (end >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            this.received.push(mail);
            reply(`250 2.0.0 Ok: queued as Q${this.received.length}`, "message-end");
            mail = { from: "", to: [], data: "" };
          } else mail.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
        } else {
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === "EHLO" || verb === "HELO") reply("250 fake-smtp");
          else if (verb === "MAIL") {
            mail.from = line.replace(/^MAIL FROM:\s*<?([^>\s]*)>?.*$/i, "$1");
            reply("250 2.1.0 Ok");
          } else if (verb === "RCPT") {
            if (this.rejectRecipients) reply("550 5.1.1 Recipient address rejected: user unknown");
            else {
              mail.to.push(line.replace(/^RCPT TO:\s*<?([^>\s]*)>?.*$/i, "$1"));
              reply("250 2.1.5 Ok", mail.to.length === 1 ? "rcpt" : undefined);
            }
          } else if (verb === "DATA") {
            inData = true;
            reply("354 End data with <CR><LF>.<CR><LF>");
          } else if (verb === "QUIT") {
            reply("221 2.0.0 Bye");
            queue = queue.then(() => {
              if (open()) socket.end();
            });
          } else reply("250 Ok");
        }
        end = buffer.indexOf("\r\n");
      }
    });
  }
}
