// The request to a customer's approvers (art. 9 DPA), in the customer's language: the proposal's
// terms, the art. 3.7 warning outside the EEA, and Approve / Reject while it is pending; once
// decided or withdrawn the buttons give way to the outcome.
import type { Block, Message } from "../../messages/model.ts";
import { formatDateTime } from "../i18n/format.ts";
import { type Translator, translator } from "../i18n/translate.ts";
import { isInEea } from "./eea.ts";
import type { CustomerApproval, Proposal } from "./proposal.ts";
import { SUBPROCESSOR_ACTIONS } from "./subprocessor-actions.ts";
import { termsBlocks } from "./terms-fields.ts";

export function buildApprovalMessage(
  proposal: Proposal,
  approval: CustomerApproval,
  options: { timezone: string },
): Message {
  const language = approval.language;
  const tr = translator(language);
  const blocks: Block[] = [
    { type: "header", text: tr("subprocessor.msg.requestHeader", { name: proposal.subProcessorName }) },
    {
      type: "section",
      text: [tr("subprocessor.msg.requestIntro", { customer: approval.customerName })],
    },
    ...termsBlocks(proposal, language, tr),
  ];
  if (!isInEea(proposal.country)) {
    blocks.push({ type: "section", text: [{ bold: tr("subprocessor.msg.nonEeaWarning") }] });
  }
  if (approval.state === "pending" && proposal.status === "open") {
    blocks.push({
      type: "actions",
      buttons: [
        {
          actionId: SUBPROCESSOR_ACTIONS.approve,
          label: tr("subprocessor.button.approve"),
          value: approval.id,
          style: "primary",
        },
        {
          actionId: SUBPROCESSOR_ACTIONS.reject,
          label: tr("subprocessor.button.reject"),
          value: approval.id,
          style: "danger",
        },
      ],
    });
  } else {
    blocks.push({ type: "section", text: [{ bold: outcomeLine(approval, options.timezone, tr) }] });
  }
  blocks.push({ type: "context", text: [tr("subprocessor.msg.requestFooter", { ref: proposal.reference })] });
  return {
    summary: tr("subprocessor.msg.requestSummary", {
      name: proposal.subProcessorName,
      customer: approval.customerName,
    }),
    blocks,
    refresh: { actionId: SUBPROCESSOR_ACTIONS.refreshApproval, value: approval.id },
  };
}

/** "Approved by Jan Peeters on Tue 4 May 2027 10:00 CEST (Slack)". */
export function outcomeLine(approval: CustomerApproval, timezone: string, tr: Translator): string {
  const decision = approval.decision;
  if (approval.state === "pending" || approval.state === "withdrawn" || !decision)
    return tr("subprocessor.outcome.withdrawn");
  return tr(`subprocessor.outcome.${decision.state}`, {
    by: decision.byName,
    at: formatDateTime(decision.at, timezone, approval.language),
    via: tr(`subprocessor.via.${decision.via ?? "slack"}`),
  });
}
