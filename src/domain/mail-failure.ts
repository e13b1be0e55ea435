// What a failed e-mail send means for the next attempt. A mail server that cannot be reached, or
// answers 4xx ("try again later"), is a pause: the e-mail stays pending and is retried. A 5xx reply
// (unknown mailbox, message refused) will not change by retrying: the send has failed and a person
// must look at the address. The shape is nodemailer's (`responseCode` on SMTP replies), but any
// error without one counts as a pause.
import { MailSendError } from "./ports.ts";
import type { SendFailure } from "./reminders/retry.ts";

export interface MailFailure extends SendFailure {
  /** Shown where the e-mail is pending, e.g. on the incident: the server's answer, short. */
  reason: string;
}

export function mailFailure(error: unknown): MailFailure {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  const permanent = typeof code === "number" && code >= 500 && code < 600;
  const message = error instanceof Error ? error.message : String(error);
  return { retryable: !permanent, reason: message.replace(/\s+/g, " ").trim().slice(0, 300) };
}

/**
 * Whether the e-mail may be in the recipient's mailbox despite the error: what it carried (a
 * personal decision link) must then keep working. Only a mailer that knows says no.
 */
export function mayHaveBeenAccepted(error: unknown): boolean {
  return error instanceof MailSendError ? error.mayHaveBeenAccepted : true;
}
