// The Mailer port over SMTP (nodemailer), from SMTP_URL and MAIL_FROM. Breach notifications, request
// forwards and approval requests go out through here when e-mail is configured.
//
// Every send ends within SMTP_TIMEOUTS (smtp-timeouts.ts), delivered or failed, so that it never
// outlasts the lease its sender holds on the e-mail. nodemailer bounds each wait but not a whole
// send, and offers no way to cancel one; this adapter therefore opens the connection itself (through
// nodemailer's `getSocket` hook, which then does TLS and SMTP on it as usual) and cuts it at the
// deadline. A failure is reported as a MailSendError that says whether the server may have taken
// the message anyway.
import { connect, type Socket } from "node:net";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { type Mailer, type MailMessage, MailSendError } from "../../domain/ports.ts";
import { SMTP_TIMEOUTS, type SmtpTimeouts } from "./smtp-timeouts.ts";

export interface SmtpMailerOptions {
  smtpUrl: string;
  from: string;
  /** Tests set short ones; production uses SMTP_TIMEOUTS, derived from the send lease. */
  timeouts?: SmtpTimeouts;
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer & { close(): void } {
  const timeouts = options.timeouts ?? SMTP_TIMEOUTS;
  const open = new Set<Socket>();
  return {
    async send(mail: MailMessage) {
      const session = new BoundedSession(timeouts, open);
      // One transport per send, so that its connection is this send's and can be cut at its deadline.
      // (Built here: nodemailer.createTransport drops every other option given beside a `url`.)
      const transport = nodemailer.createTransport(
        new SMTPTransport({
          url: options.smtpUrl,
          connectionTimeout: timeouts.connectionMs,
          greetingTimeout: timeouts.greetingMs,
          socketTimeout: timeouts.socketMs,
          getSocket: (settings, callback) => session.connect(settings, callback),
        }),
      );
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
        return { messageId: info.messageId };
      } catch (error) {
        throw session.failure(error);
      } finally {
        session.end();
        transport.close();
      }
    },
    /** Cuts sends still under way (shutdown). */
    close: () => {
      for (const socket of open) socket.destroy();
    },
  };
}

type SocketCallback = (err: Error | null, socketOptions: { connection: Socket } | false) => void;

/** Failures of nodemailer that come before the server could have taken the message. */
const BEFORE_MESSAGE = new Set(["EDNS", "ETLS", "EAUTH", "EENVELOPE"]);

/** One send's connection: opened within `connectionMs`, cut when the send passes `sendMs`. */
class BoundedSession {
  private socket: Socket | null = null;
  private connected = false;
  private overdue = false;
  private readonly deadline: NodeJS.Timeout;

  private readonly timeouts: SmtpTimeouts;
  private readonly open: Set<Socket>;

  constructor(timeouts: SmtpTimeouts, open: Set<Socket>) {
    this.timeouts = timeouts;
    this.open = open;
    this.deadline = setTimeout(() => {
      this.overdue = true;
      this.socket?.destroy(new Error(`SMTP send not finished after ${timeouts.sendMs / 1000} s; cut off`));
    }, timeouts.sendMs);
  }

  connect(settings: SMTPTransport.Options, callback: SocketCallback): void {
    if (this.overdue) {
      callback(new Error("SMTP send not started before its deadline"), false);
      return;
    }
    // As nodemailer itself defaults them.
    const port = Number(settings.port) || (settings.secure ? 465 : 587);
    const socket = connect({ host: settings.host || "localhost", port });
    this.socket = socket;
    this.open.add(socket);
    socket.once("close", () => this.open.delete(socket));
    const timer = setTimeout(
      () => socket.destroy(new Error(`Connection timeout after ${this.timeouts.connectionMs / 1000} s`)),
      this.timeouts.connectionMs,
    );
    socket.once("error", (error) => {
      clearTimeout(timer);
      if (!this.connected) callback(error, false);
    });
    socket.once("connect", () => {
      clearTimeout(timer);
      this.connected = true;
      callback(null, { connection: socket });
    });
  }

  /** The error as the domain reads it: may the server have taken the message after all? */
  failure(error: unknown): MailSendError {
    const detail = error as { responseCode?: unknown; code?: unknown; message?: unknown } | null;
    const message = typeof detail?.message === "string" ? detail.message : String(error);
    const responseCode = typeof detail?.responseCode === "number" ? detail.responseCode : undefined;
    const certainlyNot =
      !this.connected ||
      // The server answered with a refusal: it did not take this message.
      responseCode !== undefined ||
      (typeof detail?.code === "string" && BEFORE_MESSAGE.has(detail.code)) ||
      /^Greeting never received/.test(message);
    return new MailSendError(message, !certainlyNot, responseCode);
  }

  end(): void {
    clearTimeout(this.deadline);
  }
}
