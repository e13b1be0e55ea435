// The /avg-verzoek form (and the message shortcut's): customer, the right invoked, when and how it
// reached us, the data subject as identified, and the request text, prefilled from the command or
// from the message the shortcut was used on.

import { GDPR_ARTICLE, RECEIVED_VIA, REQUEST_TYPES } from "../../domain/dsr/request.ts";
import { MAX_REQUEST_TEXT_LENGTH, MAX_SUBJECT_LENGTH } from "../../domain/dsr/request-input.ts";
import { type MessageKey, translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form } from "../model.ts";

export const REQUEST_FORM_ID = "dsr.register";

export function buildRequestForm(input: {
  language: Language;
  state: string;
  receivedAt: Date;
  requestText?: string | null;
}): Form {
  const tr = translator(input.language);
  return {
    id: REQUEST_FORM_ID,
    title: tr("dsr.form.title"),
    submit: tr("dsr.form.submit"),
    close: tr("common.cancel"),
    state: input.state,
    items: [
      { kind: "info", text: [tr("dsr.form.intro")] },
      {
        kind: "lookup",
        id: "customer",
        label: tr("dsr.form.customer"),
        placeholder: tr("dsr.form.customerPlaceholder"),
        required: true,
        multiple: false,
        minQueryLength: 0,
      },
      {
        kind: "choice",
        id: "type",
        style: "radio",
        label: tr("dsr.form.type"),
        required: true,
        options: REQUEST_TYPES.map((type) => ({
          value: type,
          label: tr("dsr.form.typeOption", {
            type: tr(`dsr.type.${type}` as MessageKey),
            article: GDPR_ARTICLE[type],
          }),
        })),
      },
      {
        kind: "datetime",
        id: "receivedAt",
        label: tr("dsr.form.receivedAt"),
        hint: tr("dsr.form.receivedAtHint"),
        required: true,
        initial: input.receivedAt,
      },
      {
        kind: "choice",
        id: "receivedVia",
        style: "radio",
        label: tr("dsr.form.receivedVia"),
        required: true,
        options: RECEIVED_VIA.map((via) => ({ value: via, label: tr(`dsr.via.${via}` as MessageKey) })),
        initial: ["email"],
      },
      {
        kind: "text",
        id: "subject",
        label: tr("dsr.form.subject"),
        hint: tr("dsr.form.subjectHint"),
        required: true,
        maxLength: MAX_SUBJECT_LENGTH,
      },
      {
        kind: "text",
        id: "requestText",
        label: tr("dsr.form.requestText"),
        hint: tr("dsr.form.requestTextHint"),
        required: true,
        multiline: true,
        maxLength: MAX_REQUEST_TEXT_LENGTH,
        initial: input.requestText?.trim() || null,
      },
    ],
  };
}

/** Shown at once, replaced by the form as soon as its data is loaded (Slack's 3 s trigger). */
export function buildRequestLoadingForm(language: Language): Form {
  const tr = translator(language);
  return {
    id: "dsr.loading",
    title: tr("dsr.form.loadingTitle"),
    close: tr("common.cancel"),
    items: [{ kind: "info", text: [tr("dsr.form.loading")] }],
    state: "",
  };
}
