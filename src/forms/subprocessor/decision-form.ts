// The dialogs behind Approve and Reject on an approval request: outside the EEA, Approve first shows
// the art. 3.7 DPA warning and needs an explicit confirmation; Reject needs a reason.
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";

export const APPROVE_FORM_ID = "subprocessor.approve";
export const REJECT_FORM_ID = "subprocessor.reject";

export function buildDecisionForm(input: {
  language: Language;
  decision: "approve" | "reject";
  /** The request's summary line, so the approver sees what they decide on. */
  summary: string;
  state: string;
}): Form {
  const tr = translator(input.language);
  if (input.decision === "approve") {
    return {
      id: APPROVE_FORM_ID,
      title: tr("subprocessor.decide.approveTitle"),
      submit: tr("subprocessor.button.approve"),
      close: tr("common.cancel"),
      state: input.state,
      items: [
        { kind: "info", text: [input.summary] },
        { kind: "info", text: [{ bold: tr("subprocessor.msg.nonEeaWarning") }] },
        {
          kind: "choice",
          id: "confirm",
          style: "checkboxes",
          label: tr("subprocessor.decide.confirm"),
          required: true,
          options: [{ value: "non-eea", label: tr("subprocessor.decide.confirmOption") }],
        },
      ],
    };
  }
  return {
    id: REJECT_FORM_ID,
    title: tr("subprocessor.decide.rejectTitle"),
    submit: tr("subprocessor.button.reject"),
    close: tr("common.cancel"),
    state: input.state,
    items: [
      { kind: "info", text: [input.summary] },
      {
        kind: "text",
        id: "reason",
        label: tr("subprocessor.decide.reason"),
        hint: tr("subprocessor.decide.reasonHint"),
        required: true,
        multiline: true,
        maxLength: 3000,
      },
    ],
  };
}
