// Sends the Bijlage 3 notification by e-mail to the customer's breach contacts and records it as
// the customer being informed (time, recipients, message id), which stops its 24 h clock. The send
// is claimed in the database first, so a double click or a retried delivery, on whichever process
// it lands, never mails the customer twice; a failed send frees the claim for another try.
import type { Actor } from "../ports.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import type { Incident } from "./incident.ts";
import { buildCustomerNotification, notificationAsPlainText } from "./notification-text.ts";
import { loadOpenIncident } from "./open-incident.ts";

/** How long a send holds its claim: far longer than SMTP takes, short enough to retry after a crash. */
export const NOTIFICATION_SEND_LEASE_MS = 5 * 60_000;

export interface SendNotificationCommand {
  incidentId: string;
  clockId: string;
  actor: Actor;
  /** Identifies this request (e.g. the dialog): the same key again is a repeat, never a second e-mail. */
  requestKey: string;
}

export interface NotificationSent {
  incident: Incident;
  recipients: string[];
  messageId: string;
}

/** Null for a repeat of a request that is sending or has sent this e-mail: nothing is sent again. */
export async function sendCustomerNotification(
  deps: BreachDeps,
  command: SendNotificationCommand,
): Promise<NotificationSent | null> {
  if (!deps.mailer) throw new BreachRefusal("breach.error.mailDisabled");
  const before = await loadOpenIncident(deps.incidents, command.incidentId);
  const clock = before.customers.find((c) => c.id === command.clockId);
  if (!clock) throw new BreachRefusal("breach.error.notFound");
  const text = buildCustomerNotification(before, clock, deps.timezone);
  const recipients = text.recipients.map((contact) => contact.email);
  if (recipients.length === 0) throw new BreachRefusal("breach.error.noBreachContact");

  const now = deps.clock.now();
  const claim = await deps.incidents.claimNotificationSend(clock.id, {
    requestKey: command.requestKey,
    now,
    until: new Date(now.getTime() + NOTIFICATION_SEND_LEASE_MS),
  });
  if (claim === "repeat") return null;
  if (claim === "busy") throw new BreachRefusal("breach.error.notificationSending");

  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send({
      to: recipients,
      subject: text.subject,
      text: notificationAsPlainText(text),
    }));
  } catch (error) {
    await deps.incidents.releaseNotificationSend(clock.id, command.requestKey);
    throw error;
  }
  const incident = await deps.incidents.recordCustomerInformed(
    clock.id,
    { at: deps.clock.now(), via: "email", to: recipients.join(", "), messageId },
    command.actor,
  );
  return { incident, recipients, messageId };
}
