// The Bijlage 3 notification for one customer, in the customer's language, with the breach
// contacts' phone numbers; with e-mail configured, submitting sends it.
import type { Incident } from "../../domain/breach/incident.ts";
import { buildCustomerNotification } from "../../domain/breach/notification-text.ts";
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form, FormItem } from "../model.ts";
import { customerChoice } from "./customer-choice.ts";

export const NOTIFICATION_FORM_ID = "breach.notification";
/** Room for the paragraphs of one section block, under Slack's 3,000 characters after escaping. */
const SECTION_ROOM = 2400;

export function buildNotificationForm(input: {
  incident: Incident;
  clockId: string;
  language: Language;
  timezone: string;
  canSend: boolean;
  state: string;
}): Form {
  const tr = translator(input.language);
  const clock = input.incident.customers.find((c) => c.id === input.clockId)!;
  const text = buildCustomerNotification(input.incident, clock, input.timezone);
  const items: FormItem[] = [];
  if (input.incident.customers.length > 1)
    items.push(customerChoice(input.incident, clock.id, tr("breach.notify.customer")));

  const contacts = text.recipients.map((c) =>
    [c.name, c.email, c.phone ? tr("breach.notify.phone", { phone: c.phone }) : null]
      .filter(Boolean)
      .join(" · "),
  );
  items.push({
    kind: "info",
    text: [
      { bold: tr("breach.notify.contacts", { customer: clock.customer.name }) },
      "\n",
      contacts.length > 0 ? contacts.join("\n") : tr("breach.notify.noContact"),
    ],
  });
  items.push({ kind: "divider" });
  items.push({ kind: "info", text: [{ bold: text.subject }] });
  for (const chunk of chunkParagraphs(text.paragraphs, SECTION_ROOM))
    items.push({ kind: "info", text: [chunk] });
  items.push({ kind: "divider" });

  const sendable = input.canSend && text.recipients.length > 0 && input.incident.status === "open";
  const emails = text.recipients.map((c) => c.email).join(", ");
  items.push({
    kind: "info",
    text: [sendable ? tr("breach.notify.sendHint", { recipients: emails }) : tr("breach.notify.manual")],
  });
  return {
    id: NOTIFICATION_FORM_ID,
    title: tr("breach.notify.title"),
    ...(sendable ? { submit: tr("breach.notify.send") } : {}),
    close: tr("common.close"),
    items,
    state: input.state,
  };
}

/** Groups paragraphs into chunks of at most `room` characters, splitting a paragraph only if it alone is longer. */
export function chunkParagraphs(paragraphs: string[], room: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    for (let start = 0; start < paragraph.length || start === 0; start += room) {
      const piece = paragraph.slice(start, start + room);
      const joined = current === "" ? piece : `${current}\n\n${piece}`;
      if (joined.length <= room) current = joined;
      else {
        chunks.push(current);
        current = piece;
      }
      if (paragraph.length === 0) break;
    }
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
