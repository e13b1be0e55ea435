// The decision page in the customer's language (art. 9 DPA): the proposal, the art. 3.7 warning
// outside the EEA, and a form to approve or reject (reason required); and the pages that say a
// decision was recorded, or why a link cannot be used.
import { formatDate } from "../../../domain/i18n/format.ts";
import { type Translator, translator } from "../../../domain/i18n/translate.ts";
import type { Language } from "../../../domain/ports.ts";
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import type { CustomerApproval, Proposal } from "../../../domain/subprocessor/proposal.ts";
import { countryLabel, mechanismLabel } from "../../../domain/subprocessor/terms-fields.ts";
import { Html, html, page } from "../html.ts";

export interface DecisionFormView {
  proposal: Proposal;
  approval: CustomerApproval;
  contactName: string;
  action: string;
  csrf: string;
  errors: string[];
  values: { decision?: string; reason?: string; confirm?: boolean };
}

export function renderDecisionForm(view: DecisionFormView): string {
  const { proposal, approval } = view;
  const language = approval.language;
  const tr = translator(language);
  const outsideEea = !isInEea(proposal.country);
  const title = tr("subprocessor.page.title", { name: proposal.subProcessorName });
  const checked = (on: boolean) => new Html(on ? " checked" : "");
  const body = html`<h1>${title}</h1>
<p>${tr("subprocessor.page.for", { customer: approval.customerName, contact: view.contactName })}</p>
<p>${tr("subprocessor.msg.requestIntro", { customer: approval.customerName })}</p>
${terms(proposal, language, tr)}
${outsideEea ? html`<p class="warning" id="non-eea-warning"><strong>${tr("subprocessor.msg.nonEeaWarning")}</strong></p>` : new Html("")}
${view.errors.length > 0 ? html`<div class="errors" role="alert" id="errors"><p>${tr("subprocessor.page.errors")}</p><ul>${view.errors.map((e) => html`<li>${e}</li>`)}</ul></div>` : new Html("")}
<form method="post" action="${view.action}">
<input type="hidden" name="csrf" value="${view.csrf}">
<fieldset>
<legend>${tr("subprocessor.page.choose")}</legend>
<label><input type="radio" name="decision" value="approve"${checked(view.values.decision === "approve")}> ${tr("subprocessor.page.approve")}</label>
<label><input type="radio" name="decision" value="reject"${checked(view.values.decision === "reject")}> ${tr("subprocessor.page.reject")}</label>
</fieldset>
${outsideEea ? html`<p><label><input type="checkbox" name="confirm" value="yes" aria-describedby="non-eea-warning"${checked(view.values.confirm === true)}> ${tr("subprocessor.page.confirmLabel")}</label></p>` : new Html("")}
<p><label for="reason">${tr("subprocessor.page.reasonLabel")}</label>
<textarea id="reason" name="reason" maxlength="3000">${view.values.reason ?? ""}</textarea></p>
<p><button type="submit">${tr("subprocessor.page.submit")}</button></p>
</form>
<p><small>${tr("subprocessor.msg.requestFooter", { ref: proposal.reference })}</small></p>`;
  return page(language, title, body);
}

function terms(proposal: Proposal, language: Language, tr: Translator): Html {
  const rows: Array<[string, string]> = [
    [tr("subprocessor.field.name"), proposal.subProcessorName],
    [tr("subprocessor.field.purpose"), proposal.purpose],
    [tr("subprocessor.field.country"), countryLabel(proposal, language, tr)],
    [tr("subprocessor.field.mechanism"), mechanismLabel(proposal, tr)],
    [tr("subprocessor.field.dataCategories"), proposal.dataCategories],
    [tr("subprocessor.field.intendedStart"), formatDate(proposal.intendedStart, "UTC", language)],
    [tr("subprocessor.field.reason"), proposal.reason],
  ];
  return html`<dl>${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

/** A page with only a heading and a sentence (done, or why nothing was changed), and what it is about. */
export function renderNotice(language: Language, title: string, text: string, about?: string): string {
  return page(
    language,
    title,
    html`<h1>${title}</h1><p role="status">${text}</p>${about ? html`<p id="about">${about}</p>` : new Html("")}`,
  );
}
