// The SMTP transport against a mail server that hangs or is slow: it gives up within its waits and
// its deadline for the whole send (SMTP_TIMEOUTS, made short here), so that no send outlasts the
// lease its sender holds, and it says whether the server may have taken the message anyway (a
// decision link in it must then keep working). Real nodemailer over real sockets; no database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import type { SmtpTimeouts } from "../../../src/adapters/mail/smtp-timeouts.ts";
import { type Mailer, MailSendError } from "../../../src/domain/ports.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";

/** Waits short enough for a test, in the proportions of SMTP_TIMEOUTS. */
const QUICK: SmtpTimeouts = { connectionMs: 500, greetingMs: 500, socketMs: 1_000, sendMs: 5_000 };
const MAIL = { to: ["probe@mail.example"], subject: "Test", text: "Hello" };

let smtp: FakeSmtp;
const mailers: Array<ReturnType<typeof createSmtpMailer>> = [];

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
});
afterEach(() => {
  smtp.release();
  smtp.replyDelayMs = 0;
  smtp.rejectRecipients = false;
});
afterAll(async () => {
  for (const mailer of mailers) mailer.close();
  await smtp?.stop();
});

function smtpMailer(timeouts: Partial<SmtpTimeouts> = {}, url = smtp.url) {
  const mailer = createSmtpMailer({
    smtpUrl: url,
    from: "dpo@provider.example",
    timeouts: { ...QUICK, ...timeouts },
  });
  mailers.push(mailer);
  return mailer;
}

const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
const failureOf = (mailer: Mailer) =>
  mailer.send(MAIL).then(
    () => expect.unreachable("the send should have failed"),
    (error: unknown) => error as MailSendError,
  );

describe("the SMTP transport with a slow mail server", () => {
  it("gives up on a server that never greets, knowing nothing went out", async () => {
    smtp.stall("greeting");
    const error = await failureOf(smtpMailer());
    expect(error).toBeInstanceOf(MailSendError);
    expect(error.message).toMatch(/Greeting never received/);
    expect(error.mayHaveBeenAccepted).toBe(false);
    expect(mailsTo("probe@mail.example")).toHaveLength(0);
  });

  it("gives up on a server that falls silent mid-session", async () => {
    smtp.stall("rcpt");
    const error = await failureOf(smtpMailer());
    expect(error.message).toMatch(/Timeout/);
    expect(mailsTo("probe@mail.example")).toHaveLength(0);
  });

  it("gives up on a server that took the message but never confirms it, which it may deliver", async () => {
    smtp.stall("message-end");
    const error = await failureOf(smtpMailer());
    expect(error.message).toMatch(/Timeout/);
    expect(error.mayHaveBeenAccepted).toBe(true);
    expect(mailsTo("probe@mail.example")).toHaveLength(1);
    smtp.received.length = 0;
  });

  it("cuts off a server that answers every step slowly at the send's deadline", async () => {
    // Each reply comes well within the socket timeout; all of them together take longer than allowed.
    smtp.replyDelayMs = 150;
    const error = await failureOf(smtpMailer({ sendMs: 500 }));
    expect(error.message).toMatch(/not finished after 0.5 s/);
    expect(mailsTo("probe@mail.example")).toHaveLength(0);
  });

  it("knows a refused or unreachable send did not go out", async () => {
    smtp.rejectRecipients = true;
    const refused = await failureOf(smtpMailer());
    expect(refused).toMatchObject({ responseCode: 550, mayHaveBeenAccepted: false });
    const unreachable = await failureOf(smtpMailer({}, "smtp://127.0.0.1:1"));
    expect(unreachable.message).toMatch(/ECONNREFUSED/);
    expect(unreachable.mayHaveBeenAccepted).toBe(false);
  });
});
