// The data subject's details, on demand and privately: only to the person who registered the
// request and to privacy officers (GDPR art. 5(1)(f), art. 32). Every showing is audited.
import type { Message } from "../../messages/model.ts";
import { translator } from "../i18n/translate.ts";
import type { Actor, Language } from "../ports.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { loadRequestFor } from "./open-request.ts";

export async function showRequestDetails(
  deps: Pick<DsrDeps, "requests" | "access">,
  command: { requestId: string; actor: Actor; language: Language },
): Promise<Message> {
  // GDPR art. 5(1)(f): the registrant and privacy officers only; a refusal is audited.
  const request = await loadRequestFor(deps, command.requestId, command.actor, "request.details");
  const tr = translator(command.language);
  if (request.detailsErasedAt) {
    const text = tr("dsr.details.erased", { ref: request.reference });
    return { summary: text, blocks: [{ type: "section", text: [text] }] };
  }
  await deps.requests.recordDetailsShown(request.id, command.actor);
  return {
    summary: tr("dsr.details.title", { ref: request.reference }),
    blocks: [
      { type: "header", text: tr("dsr.details.title", { ref: request.reference }) },
      { type: "section", text: [{ bold: tr("dsr.text.subject") }, "\n", request.subject ?? ""] },
      { type: "section", text: [{ bold: tr("dsr.text.request") }, "\n", request.requestText ?? ""] },
      { type: "context", text: [tr("dsr.details.private")] },
    ],
  };
}
