// Sends the Bijlage 3 notification by e-mail to the customer's breach contacts and records it as
// the customer being informed (time, recipients, message id), which stops its 24 h clock. The send
// is claimed in the database first, so a double click or a retried delivery, on whichever process
// it lands, never mails the customer twice. A send that fails because the mail server is away stays
// pending: it is shown on the incident and tried again by the scheduler (retry-notifications.ts),
// and the customer counts as informed only once an e-mail has gone out. The claim is a lease
// (MAIL_SEND_LEASE_MS), renewed right before the e-mail goes out: a sender that lost it sends nothing.
import { mailFailure } from "../mail-failure.ts";
import { MAIL_SEND_LEASE_MS } from "../mail-send-lease.ts";
import type { Actor } from "../ports.ts";
import { decideRetry } from "../reminders/retry.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import type { CustomerClock, Incident } from "./incident.ts";
import type { NotificationSendLease } from "./incident-repository.ts";
import { buildCustomerNotification, notificationAsPlainText } from "./notification-text.ts";
import { loadOpenIncident, loadOpenIncidentFor } from "./open-incident.ts";

export interface SendNotificationCommand {
  incidentId: string;
  clockId: string;
  actor: Actor;
  /** Identifies this request (e.g. the dialog): the same key again is a repeat, never a second e-mail. */
  requestKey: string;
}

export type NotificationOutcome =
  | { outcome: "sent"; incident: Incident; recipients: string[]; messageId: string; at: Date }
  /** Not sent yet: the scheduler tries again at `retryAt`; the 24 h clock keeps running. */
  | { outcome: "pending"; incident: Incident; error: string; retryAt: Date }
  /** The mail server refused it for good (e.g. an unknown address): nothing will be retried. */
  | { outcome: "failed"; incident: Incident; error: string };

/** Null for a repeat of a request that is sending, pending or has sent this e-mail. */
export async function sendCustomerNotification(
  deps: BreachDeps,
  command: SendNotificationCommand,
): Promise<NotificationOutcome | null> {
  const before = await loadOpenIncidentFor(deps, command.incidentId, command.actor, "customer.notify");
  if (!deps.mailer) throw new BreachRefusal("breach.error.mailDisabled");
  const clock = before.customers.find((c) => c.id === command.clockId);
  if (!clock) throw new BreachRefusal("breach.error.notFound");
  const recipients = buildCustomerNotification(before, clock, deps.timezone).recipients;
  if (recipients.length === 0) throw new BreachRefusal("breach.error.noBreachContact");

  const now = deps.clock.now();
  const until = new Date(now.getTime() + MAIL_SEND_LEASE_MS);
  const claim = await deps.incidents.claimNotificationSend(clock.id, {
    requestKey: command.requestKey,
    now,
    until,
    requestedBy: command.actor,
  });
  if (claim === "repeat") return null;
  if (claim === "busy") throw new BreachRefusal("breach.error.notificationSending");
  // A new request starts the back-off afresh; a retry continues it.
  const outcome = await attemptSend(deps, before, clock, {
    lease: { requestKey: command.requestKey, until },
    actor: command.actor,
    attempts: 0,
  });
  // Our lease ran out (a mail server that hung) and the scheduler has the e-mail now.
  if (!outcome) throw new BreachRefusal("breach.error.notificationSending");
  return outcome;
}

/**
 * One attempt under a claim this process holds: sent and recorded, or left pending, or given up.
 * Null when the lease was no longer ours right before sending: nothing was sent or recorded.
 */
export async function attemptSend(
  deps: BreachDeps,
  incident: Incident,
  clock: CustomerClock,
  attempt: { lease: NotificationSendLease; actor: Actor; attempts: number },
): Promise<NotificationOutcome | null> {
  const mailer = deps.mailer;
  if (!mailer) throw new BreachRefusal("breach.error.mailDisabled");
  const text = buildCustomerNotification(incident, clock, deps.timezone);
  const recipients = text.recipients.map((contact) => contact.email);
  if (recipients.length === 0) {
    // The breach contacts left the register while the e-mail was pending: nobody to retry for.
    await deps.incidents.failNotificationSend(clock.id, attempt.lease, {
      error: "no breach contact in the register",
      retryAt: null,
    });
    throw new BreachRefusal("breach.error.noBreachContact");
  }
  // The claim may have waited (a batch of retries, a slow database): a sender whose lease ran out
  // may already have been replaced, and both would mail the customer. Renewed, the lease outlasts
  // the send, which the mailer ends within half of it (src/adapters/mail/smtp-timeouts.ts).
  const now = deps.clock.now();
  const lease = await deps.incidents.renewNotificationSend(
    clock.id,
    attempt.lease,
    now,
    new Date(now.getTime() + MAIL_SEND_LEASE_MS),
  );
  if (!lease) return null;
  let messageId: string;
  try {
    ({ messageId } = await mailer.send({
      to: recipients,
      subject: text.subject,
      text: notificationAsPlainText(text),
    }));
  } catch (error) {
    const failure = mailFailure(error);
    const decision = decideRetry(failure, attempt.attempts + 1, deps.clock.now());
    const retryAt = decision.action === "retry" ? decision.at : null;
    const recorded = await deps.incidents.failNotificationSend(clock.id, lease, {
      error: failure.reason,
      retryAt,
    });
    // The lease ran out during the send after all: what happens next is the new sender's to record.
    if (!recorded) return null;
    const after = await loadOpenIncident(deps.incidents, incident.id);
    return retryAt
      ? { outcome: "pending", incident: after, error: failure.reason, retryAt }
      : { outcome: "failed", incident: after, error: failure.reason };
  }
  const at = deps.clock.now();
  const after = await deps.incidents.recordCustomerInformed(
    clock.id,
    { at, via: "email", to: recipients.join(", "), messageId },
    attempt.actor,
  );
  return { outcome: "sent", incident: after, recipients, messageId, at };
}
