// The approval request by e-mail, in the customer's language, with the approver's personal,
// single-use decision link (art. 9 DPA). Plain text: no tracking, nothing to render wrongly.
import { formatDate, formatDateTime } from "../i18n/format.ts";
import { translator } from "../i18n/translate.ts";
import type { MailMessage } from "../ports.ts";
import { isInEea } from "./eea.ts";
import type { CustomerApproval, Proposal } from "./proposal.ts";
import { countryLabel, mechanismLabel } from "./terms-fields.ts";

export function buildApprovalMail(
  proposal: Proposal,
  approval: CustomerApproval,
  recipient: { name: string; email: string },
  link: { url: string; expiresAt: Date },
  timezone: string,
): MailMessage {
  const language = approval.language;
  const tr = translator(language);
  const is = tr("common.colon");
  const lines = [
    `${tr("subprocessor.field.name")}${is}${proposal.subProcessorName}`,
    `${tr("subprocessor.field.purpose")}${is}${proposal.purpose}`,
    `${tr("subprocessor.field.country")}${is}${countryLabel(proposal, language, tr)}`,
    `${tr("subprocessor.field.mechanism")}${is}${mechanismLabel(proposal, tr)}`,
    `${tr("subprocessor.field.dataCategories")}${is}${proposal.dataCategories}`,
    `${tr("subprocessor.field.intendedStart")}${is}${formatDate(proposal.intendedStart, "UTC", language)}`,
    `${tr("subprocessor.field.reason")}${is}${proposal.reason}`,
  ];
  if (!isInEea(proposal.country)) lines.push("", tr("subprocessor.msg.nonEeaWarning"));
  return {
    to: [recipient.email],
    subject: tr("subprocessor.mail.subject", {
      name: proposal.subProcessorName,
      customer: approval.customerName,
    }),
    text: tr("subprocessor.mail.body", {
      contact: recipient.name,
      customer: approval.customerName,
      terms: lines.join("\n"),
      expires: formatDateTime(link.expiresAt, timezone, language),
      link: link.url,
    }),
  };
}
