// A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it, so the real
// nodemailer transport can be tested end to end (SMTP_URL=smtp://127.0.0.1:<port>).

import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

export class FakeSmtp {
  readonly received: ReceivedMail[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  url = "";
  /** Answer every recipient with a permanent 550, as a server does for an unknown mailbox. */
  rejectRecipients = false;

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
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    let inData = false;
    let buffer = "";
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake-smtp ESMTP");
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
            reply(`250 2.0.0 Ok: queued as Q${this.received.length}`);
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
              reply("250 2.1.5 Ok");
            }
          } else if (verb === "DATA") {
            inData = true;
            reply("354 End data with <CR><LF>.<CR><LF>");
          } else if (verb === "QUIT") {
            reply("221 2.0.0 Bye");
            socket.end();
          } else reply("250 Ok");
        }
        end = buffer.indexOf("\r\n");
      }
    });
  }
}
