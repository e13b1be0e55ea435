// The proposal in the proposer's channel, updated after every decision with the tally
// ("3 approved, 1 rejected, 496 pending") and a Withdraw button while anything is pending.
import type { Block, Message } from "../../messages/model.ts";
import { formatDateTime } from "../i18n/format.ts";
import type { Language } from "../i18n/languages.ts";
import { translator } from "../i18n/translate.ts";
import type { DeliveryTrouble, Proposal, Tally } from "./proposal.ts";
import { SUBPROCESSOR_ACTIONS } from "./subprocessor-actions.ts";
import { termsBlocks } from "./terms-fields.ts";

export function tallyText(tally: Tally, language: Language): string {
  return translator(language)("subprocessor.msg.tally", {
    approved: tally.approved,
    rejected: tally.rejected,
    pending: tally.pending,
  });
}

export function buildProposalMessage(
  proposal: Proposal,
  tally: Tally,
  options: { timezone: string },
): Message {
  const language = proposal.proposerLanguage;
  const tr = translator(language);
  const blocks: Block[] = [
    {
      type: "header",
      text: tr("subprocessor.msg.proposalHeader", {
        ref: proposal.reference,
        name: proposal.subProcessorName,
      }),
    },
    ...termsBlocks(proposal, language, tr),
    {
      type: "section",
      text: [
        { bold: tr("subprocessor.msg.customers", { count: tally.total }) },
        "\n",
        tallyText(tally, language),
        ...(tally.withdrawn > 0
          ? [` · ${tr("subprocessor.msg.withdrawnCount", { count: tally.withdrawn })}`]
          : []),
      ],
    },
  ];
  if (proposal.status === "open" && tally.delivery) blocks.push(deliveryBlock(tally.delivery, tr));
  if (proposal.status === "open" && tally.pending > 0) {
    blocks.push({
      type: "actions",
      buttons: [
        {
          actionId: SUBPROCESSOR_ACTIONS.withdraw,
          label: tr("subprocessor.button.withdraw"),
          value: proposal.id,
          style: "danger",
          confirm: {
            title: tr("subprocessor.withdraw.confirmTitle"),
            text: tr("subprocessor.withdraw.confirmText", { count: tally.pending }),
            confirm: tr("subprocessor.button.withdraw"),
            deny: tr("common.cancel"),
          },
        },
      ],
    });
  }
  if (proposal.status === "withdrawn") {
    const at = proposal.withdrawnAt ? formatDateTime(proposal.withdrawnAt, options.timezone, language) : "";
    blocks.push({ type: "context", text: [tr("subprocessor.msg.withdrawn", { at })] });
  }
  blocks.push({
    type: "context",
    text: [tr("subprocessor.msg.proposedBy", { name: proposal.proposerName })],
  });
  return {
    summary: `${tr("subprocessor.msg.proposalHeader", { ref: proposal.reference, name: proposal.subProcessorName })}${tr("common.colon")}${tallyText(tally, language)}`,
    blocks,
    refresh: { actionId: SUBPROCESSOR_ACTIONS.refreshProposal, value: proposal.id },
  };
}

/** Approvers not reached yet: the proposal says so until they are, or until someone must act. */
function deliveryBlock(delivery: DeliveryTrouble, tr: ReturnType<typeof translator>): Block {
  const lines: string[] = [];
  if (delivery.retrying > 0)
    lines.push(tr("subprocessor.msg.deliveryRetrying", { count: delivery.retrying }));
  if (delivery.failed > 0) lines.push(tr("subprocessor.msg.deliveryFailed", { count: delivery.failed }));
  if (delivery.lastError)
    lines.push(tr("subprocessor.msg.deliveryLastError", { error: delivery.lastError.slice(0, 300) }));
  return { type: "context", text: [lines.join("\n")] };
}
