import { describe, expect, it } from "vitest";
import { MAIL_SEND_LEASE_MS } from "../../domain/mail-send-lease.ts";
import { SMTP_TIMEOUTS } from "./smtp-timeouts.ts";

describe("SMTP_TIMEOUTS against the send lease", () => {
  it("ends a whole send, however slow the server, within half the lease", () => {
    expect(SMTP_TIMEOUTS.sendMs).toBeLessThanOrEqual(MAIL_SEND_LEASE_MS / 2);
  });

  it("lets the server hang at any one point for only a small part of the lease", () => {
    for (const wait of [SMTP_TIMEOUTS.connectionMs, SMTP_TIMEOUTS.greetingMs, SMTP_TIMEOUTS.socketMs]) {
      expect(wait).toBeLessThanOrEqual(MAIL_SEND_LEASE_MS / 10);
    }
    // A server that never greets is reported as such (nothing was sent), not as a silent socket.
    expect(SMTP_TIMEOUTS.greetingMs).toBeLessThan(SMTP_TIMEOUTS.socketMs);
    // A hang at the start is told apart from a slow send: it ends before the deadline does.
    expect(SMTP_TIMEOUTS.connectionMs + SMTP_TIMEOUTS.greetingMs + SMTP_TIMEOUTS.socketMs).toBeLessThan(
      SMTP_TIMEOUTS.sendMs,
    );
  });
});
