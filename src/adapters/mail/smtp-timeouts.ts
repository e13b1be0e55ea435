// How long one SMTP send may wait, derived from the lease its sender holds (MAIL_SEND_LEASE_MS).
// nodemailer's defaults (2 minutes to connect, 10 minutes of silence on the socket) let a slow mail
// server keep one send going past the 5-minute lease; another instance then takes the claim over and
// the customer gets the same e-mail twice. Each wait below is a small part of the lease, and the
// whole send has a deadline of half the lease: the other half covers the database round trips
// between renewing the lease and the send, and instances whose clocks differ a little.
import { MAIL_SEND_LEASE_MS } from "../../domain/mail-send-lease.ts";

export interface SmtpTimeouts {
  /** Name lookup and TCP connect to the mail server. */
  connectionMs: number;
  /** From the connection to the server's 220 greeting. */
  greetingMs: number;
  /** Silence on the connection while waiting for any reply (each command, the end of the message). */
  socketMs: number;
  /** The whole send, however slowly the server keeps answering: the connection is cut then. */
  sendMs: number;
}

export const SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 30_000,
  sendMs: MAIL_SEND_LEASE_MS / 2,
};
