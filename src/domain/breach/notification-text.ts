// The Bijlage 3 notification to the customer's breach contact(s), in the customer's language: the
// text sent by e-mail, shown ready to copy, or read out on the phone.
import { formatDateTime } from "../i18n/format.ts";
import { translator } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { formatCountEstimate } from "./count-estimate.ts";
import type { BreachContact, CustomerClock, Incident } from "./incident.ts";

export interface CustomerNotificationText {
  language: Language;
  subject: string;
  /** Paragraphs of plain text; joined with blank lines for e-mail. */
  paragraphs: string[];
  recipients: BreachContact[];
}

export function buildCustomerNotification(
  incident: Incident,
  clock: CustomerClock,
  timezone: string,
): CustomerNotificationText {
  const language = clock.customer.language;
  const tr = translator(language);
  const at = (d: Date) => formatDateTime(d, timezone, language);
  const unknown = tr("breach.text.notYetKnown");
  const or = (value: string | null) => value ?? unknown;
  const authority = tr(`breach.authority.${clock.customer.authority}`);
  const contacts = clock.customer.breachContacts;

  const duration = [
    incident.breachStartedAt ? tr("breach.text.startedAt", { at: at(incident.breachStartedAt) }) : null,
    incident.ongoing === true
      ? tr("breach.text.ongoing")
      : incident.breachEndedAt
        ? tr("breach.text.endedAt", { at: at(incident.breachEndedAt) })
        : incident.ongoing === false
          ? tr("breach.text.ended")
          : null,
  ].filter((part) => part !== null);
  const special =
    incident.specialCategories === null
      ? unknown
      : tr(incident.specialCategories ? "common.yes" : "common.no");
  const contact = [incident.contact.name, incident.contact.email, incident.contact.phone].filter(Boolean);
  const is = tr("common.colon");
  const and = tr("common.semicolon");

  const paragraphs = [
    tr("breach.text.greeting", { names: contacts.map((c) => c.name).join(", ") || clock.customer.name }),
    tr("breach.text.intro", { ref: incident.reference, discovered: at(incident.discoveredAt) }),
    `1. ${tr("breach.item.description")}${is}${incident.description}`,
    `2. ${tr("breach.item.consequences")}${is}${or(incident.consequences)}`,
    `3. ${tr("breach.item.duration")}${is}${duration.length > 0 ? duration.join(and) : unknown}`,
    `4. ${tr("breach.item.nature")}${is}${
      incident.nature.length > 0 ? incident.nature.map((n) => tr(`breach.nature.${n}`)).join(", ") : unknown
    }`,
    `5. ${tr("breach.item.dataCategories")}${is}${or(incident.dataCategories)}${and}${tr("breach.text.special")}${is}${special}`,
    `6. ${tr("breach.item.counts")}${is}${tr("breach.text.records")}${is}${
      formatCountEstimate(incident.records, language) ?? unknown
    }${and}${tr("breach.text.subjects")}${is}${formatCountEstimate(incident.subjects, language) ?? unknown}`,
    `7. ${tr("breach.item.measures")}${is}${or(incident.measures)}`,
    `8. ${tr("breach.item.contact")}${is}${contact.length > 0 ? contact.join(", ") : unknown}`,
    tr("breach.text.authority", { authority, deadline: at(clock.authorityDeadline) }),
    tr("breach.text.phased"),
    tr("breach.text.closing", { name: incident.contact.name ?? incident.reporterName }),
  ];
  return {
    language,
    subject: tr("breach.text.subject", { ref: incident.reference, customer: clock.customer.name }),
    paragraphs,
    recipients: contacts,
  };
}

export function notificationAsPlainText(text: CustomerNotificationText): string {
  return `${text.paragraphs.join("\n\n")}\n`;
}
