// The terms of a proposal as message blocks, shared by the request to approvers, the proposal
// message and the e-mail: the reader sees the country by name and whether it lies in the EEA.
import type { Block } from "../../messages/model.ts";
import { formatDate } from "../i18n/format.ts";
import type { Translator } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { countryName } from "./countries.ts";
import { isInEea } from "./eea.ts";
import type { ProposalTerms } from "./proposal.ts";

export function countryLabel(
  terms: Pick<ProposalTerms, "country">,
  language: Language,
  tr: Translator,
): string {
  const eea = isInEea(terms.country)
    ? tr("subprocessor.country.inEea")
    : tr("subprocessor.country.outsideEea");
  return `${countryName(terms.country, language)} (${terms.country}, ${eea})`;
}

export function mechanismLabel(terms: Pick<ProposalTerms, "mechanism">, tr: Translator): string {
  return tr(`subprocessor.mechanism.${terms.mechanism}`);
}

/** Name, country, mechanism and start as fields; purpose, data and reason as sections (long text). */
export function termsBlocks(terms: ProposalTerms, language: Language, tr: Translator): Block[] {
  return [
    {
      type: "fields",
      fields: [
        { label: tr("subprocessor.field.name"), value: [terms.subProcessorName] },
        { label: tr("subprocessor.field.country"), value: [countryLabel(terms, language, tr)] },
        { label: tr("subprocessor.field.mechanism"), value: [mechanismLabel(terms, tr)] },
        {
          label: tr("subprocessor.field.intendedStart"),
          value: [formatDate(terms.intendedStart, "UTC", language)],
        },
      ],
    },
    { type: "section", text: [{ bold: tr("subprocessor.field.purpose") }, "\n", terms.purpose] },
    {
      type: "section",
      text: [{ bold: tr("subprocessor.field.dataCategories") }, "\n", terms.dataCategories],
    },
    { type: "section", text: [{ bold: tr("subprocessor.field.reason") }, "\n", terms.reason] },
  ];
}
