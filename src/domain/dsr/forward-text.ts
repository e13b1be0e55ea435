// The request as forwarded to the controller's contact (art. 8 DPA), in the customer's language:
// the request in full, our reference, the legal deadline and who to answer. Sent by e-mail, as a
// Slack DM to contacts with a Slack identity, or shown ready to copy when forwarding by hand.
import { formatDate, formatDateTime } from "../i18n/format.ts";
import { type MessageKey, translator } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { zoneOfAuthority } from "./holidays.ts";
import { currentDeadline, type DataSubjectRequest, GDPR_ARTICLE } from "./request.ts";
import { type Route, routeRequest } from "./routing.ts";

export interface ForwardText {
  language: Language;
  subject: string;
  paragraphs: string[];
  route: Route | null;
}

export function buildForwardText(request: DataSubjectRequest, timezone: string): ForwardText {
  const language = request.customer.language;
  const tr = translator(language);
  const route = routeRequest(request.customer.contacts, request.type);
  const names = route?.contacts.map((c) => c.name).join(", ") || request.customer.name;
  const type = tr(`dsr.type.${request.type}` as MessageKey);
  const erased = tr("dsr.text.erased");
  const paragraphs = [
    tr("dsr.text.greeting", { names }),
    tr("dsr.text.intro", {
      ref: request.reference,
      type,
      article: GDPR_ARTICLE[request.type],
      received: formatDateTime(request.receivedAt, timezone, language),
      via: tr(`dsr.via.${request.receivedVia}` as MessageKey),
    }),
    `${tr("dsr.text.subject")}${tr("common.colon")}${request.subject ?? erased}`,
    `${tr("dsr.text.request")}${tr("common.colon").trimEnd()}\n${request.requestText ?? erased}`,
    // The deadline is the end of a day where the controller is (Reg. 1182/71): shown as that date.
    tr("dsr.text.deadline", {
      deadline: formatDate(currentDeadline(request), zoneOfAuthority(request.customer.authority), language),
    }),
    tr("dsr.text.answer", { ref: request.reference }),
    tr("dsr.text.closing", { name: request.reporterName }),
  ];
  return {
    language,
    subject: tr("dsr.text.subjectLine", { ref: request.reference, type, customer: request.customer.name }),
    paragraphs,
    route,
  };
}

export function forwardAsPlainText(text: ForwardText): string {
  return `${text.paragraphs.join("\n\n")}\n`;
}
