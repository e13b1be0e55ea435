// Sends the Bijlage 3 notification by e-mail to the customer's breach contacts and records it as
// the customer being informed (time, recipients, message id), which stops its 24 h clock.
import type { Actor } from "../ports.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import type { Incident } from "./incident.ts";
import { buildCustomerNotification, notificationAsPlainText } from "./notification-text.ts";
import { loadOpenIncident } from "./open-incident.ts";

export async function sendCustomerNotification(
  deps: BreachDeps,
  command: { incidentId: string; clockId: string; actor: Actor },
): Promise<{ incident: Incident; recipients: string[]; messageId: string }> {
  if (!deps.mailer) throw new BreachRefusal("breach.error.mailDisabled");
  const before = await loadOpenIncident(deps.incidents, command.incidentId);
  const clock = before.customers.find((c) => c.id === command.clockId);
  if (!clock) throw new BreachRefusal("breach.error.notFound");
  const text = buildCustomerNotification(before, clock, deps.timezone);
  const recipients = text.recipients.map((contact) => contact.email);
  if (recipients.length === 0) throw new BreachRefusal("breach.error.noBreachContact");

  const { messageId } = await deps.mailer.send({
    to: recipients,
    subject: text.subject,
    text: notificationAsPlainText(text),
  });
  const incident = await deps.incidents.recordCustomerInformed(
    clock.id,
    { at: deps.clock.now(), via: "email", to: recipients.join(", "), messageId },
    command.actor,
  );
  return { incident, recipients, messageId };
}
