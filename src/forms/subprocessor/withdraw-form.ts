// Withdraw asks first (the Slack button's confirm dialog; in Teams this form in place of the card):
// withdrawing closes every pending approval request of the proposal.
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";

export const WITHDRAW_FORM_ID = "subprocessor.withdraw";

export function buildWithdrawForm(input: { language: Language; pending: number; state: string }): Form {
  const tr = translator(input.language);
  return {
    id: WITHDRAW_FORM_ID,
    title: tr("subprocessor.withdraw.confirmTitle"),
    submit: tr("subprocessor.button.withdraw"),
    close: tr("common.cancel"),
    state: input.state,
    items: [{ kind: "info", text: [tr("subprocessor.withdraw.confirmText", { count: input.pending })] }],
  };
}
