// Sends the Bijlage 3 notification by e-mail to the customer's breach contacts and records it as
// the customer being informed (time, recipients, message id), which stops its 24 h clock. The send
// is claimed in the database first, so a double click or a retried delivery, on whichever process
// it lands, never mails the customer twice. A send that fails because the mail server is away stays
// pending: it is shown on the incident and tried again by the scheduler (retry-notifications.ts),
// and the customer counts as informed only once an e-mail has gone out.
import { mailFailure } from "../mail-failure.ts";
import type { Actor } from "../ports.ts";
import { decideRetry } from "../reminders/retry.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import type { CustomerClock, Incident } from "./incident.ts";
import { buildCustomerNotification, notificationAsPlainText } from "./notification-text.ts";
import { loadOpenIncident, loadOpenIncidentFor } from "./open-incident.ts";

/** How long a send holds its claim: far longer than SMTP takes, short enough to retry after a crash. */
export const NOTIFICATION_SEND_LEASE_MS = 5 * 60_000;

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
  const claim = await deps.incidents.claimNotificationSend(clock.id, {
    requestKey: command.requestKey,
    now,
    until: new Date(now.getTime() + NOTIFICATION_SEND_LEASE_MS),
    requestedBy: command.actor,
  });
  if (claim === "repeat") return null;
  if (claim === "busy") throw new BreachRefusal("breach.error.notificationSending");
  // A new request starts the back-off afresh; a retry continues it.
  return attemptSend(deps, before, clock, {
    requestKey: command.requestKey,
    actor: command.actor,
    attempts: 0,
  });
}

/** One attempt under a claim this process holds: sent and recorded, or left pending, or given up. */
export async function attemptSend(
  deps: BreachDeps,
  incident: Incident,
  clock: CustomerClock,
  attempt: { requestKey: string; actor: Actor; attempts: number },
): Promise<NotificationOutcome> {
  const mailer = deps.mailer;
  if (!mailer) throw new BreachRefusal("breach.error.mailDisabled");
  const text = buildCustomerNotification(incident, clock, deps.timezone);
  const recipients = text.recipients.map((contact) => contact.email);
  if (recipients.length === 0) {
    // The breach contacts left the register while the e-mail was pending: nobody to retry for.
    await deps.incidents.failNotificationSend(clock.id, attempt.requestKey, {
      error: "no breach contact in the register",
      retryAt: null,
    });
    throw new BreachRefusal("breach.error.noBreachContact");
  }
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
    await deps.incidents.failNotificationSend(clock.id, attempt.requestKey, {
      error: failure.reason,
      retryAt,
    });
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
