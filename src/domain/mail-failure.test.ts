import { describe, expect, it } from "vitest";
import { mailFailure, mayHaveBeenAccepted } from "./mail-failure.ts";
import { MailSendError } from "./ports.ts";

const smtpError = (message: string, responseCode?: number) =>
  Object.assign(new Error(message), responseCode === undefined ? {} : { responseCode });

describe("mailFailure", () => {
  it("retries when the server cannot be reached or says try later", () => {
    expect(mailFailure(smtpError("connect ECONNREFUSED 127.0.0.1:25")).retryable).toBe(true);
    expect(mailFailure(smtpError("451 4.7.1 Greylisted", 451)).retryable).toBe(true);
    expect(mailFailure("socket hang up")).toEqual({ retryable: true, reason: "socket hang up" });
  });

  it("gives up on a 5xx answer, which a retry would not change", () => {
    expect(mailFailure(smtpError("550 5.1.1 No such user", 550)).retryable).toBe(false);
  });

  it("keeps the reason on one short line", () => {
    const reason = mailFailure(smtpError(`first\r\nsecond ${"x".repeat(400)}`)).reason;
    expect(reason.startsWith("first second ")).toBe(true);
    expect(reason).toHaveLength(300);
  });
});

describe("mayHaveBeenAccepted", () => {
  it("believes a mailer that knows the message never reached the server", () => {
    expect(mayHaveBeenAccepted(new MailSendError("550 5.1.1 No such user", false, 550))).toBe(false);
    expect(mailFailure(new MailSendError("550 5.1.1 No such user", false, 550)).retryable).toBe(false);
  });

  it("assumes it may have arrived when the mailer cannot tell", () => {
    expect(mayHaveBeenAccepted(new MailSendError("Timeout", true))).toBe(true);
    expect(mayHaveBeenAccepted(new Error("socket hang up"))).toBe(true);
  });
});
