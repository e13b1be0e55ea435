// A dialog that only informs: "sending…", the result of an e-mail, or why a dialog cannot open.
import type { RichText } from "../../messages/model.ts";
import type { Form } from "../model.ts";

export const NOTICE_FORM_ID = "breach.notice";

export function buildNoticeForm(input: {
  title: string;
  close: string;
  text: RichText;
  state?: string;
}): Form {
  return {
    id: NOTICE_FORM_ID,
    title: input.title,
    close: input.close,
    items: [{ kind: "info", text: input.text }],
    state: input.state ?? "",
  };
}
