// The /subverwerker form (art. 9 DPA): the proposed sub-processor, where it processes (a country
// chosen from a list by name; EEA membership derived), the transfer mechanism outside the EEA with
// the adequacy decision first, data categories, start date, the customers asked and the reason.

import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import { countryName } from "../../domain/subprocessor/countries.ts";
import { hasAdequacyDecision } from "../../domain/subprocessor/eea.ts";
import type { ProposalField } from "../../domain/subprocessor/proposal-input.ts";
import { MAX_NAME_LENGTH, MAX_PROPOSAL_TEXT } from "../../domain/subprocessor/proposal-input.ts";
import type { Form, FormField, FormItem, Option } from "../model.ts";

export const PROPOSAL_FORM_ID = "subprocessor.propose";

export interface ProposalFormInput {
  language: Language;
  state: string;
  /** The country chosen so far: an adequacy decision for it is preselected as the mechanism. */
  country?: Option | null;
  /** Today in the organisation's zone, as "YYYY-MM-DD": the earliest start. */
  today: string;
}

type Field<K extends FormField["kind"]> = Extract<FormField, { kind: K }> & { id: ProposalField };

export function buildProposalForm(input: ProposalFormInput): Form {
  const tr = translator(input.language);
  const text = (id: ProposalField, label: string, extra: Partial<Field<"text">> = {}) =>
    ({
      kind: "text",
      id,
      label,
      required: true,
      multiline: true,
      maxLength: MAX_PROPOSAL_TEXT,
      ...extra,
    }) satisfies Field<"text">;
  const adequate = input.country ? hasAdequacyDecision(input.country.value) : false;
  const mechanisms: Option[] = [
    {
      value: "adequacy",
      label: tr("subprocessor.mechanism.adequacy"),
      hint: adequate
        ? tr("subprocessor.form.mechanism.adequacyFor", {
            country: countryName(input.country!.value, input.language),
          })
        : tr("subprocessor.form.mechanism.adequacyHint"),
    },
    {
      value: "scc",
      label: tr("subprocessor.mechanism.scc"),
      hint: tr("subprocessor.form.mechanism.sccHint"),
    },
    {
      value: "bcr",
      label: tr("subprocessor.mechanism.bcr"),
      hint: tr("subprocessor.form.mechanism.bcrHint"),
    },
  ];
  const items: FormItem[] = [
    { kind: "info", text: [tr("subprocessor.form.intro")] },
    text("name", tr("subprocessor.form.name"), {
      multiline: false,
      maxLength: MAX_NAME_LENGTH,
      hint: tr("subprocessor.form.nameHint"),
    }),
    text("purpose", tr("subprocessor.form.purpose")),
    {
      kind: "lookup",
      id: "country",
      label: tr("subprocessor.form.country"),
      hint: tr("subprocessor.form.countryHint"),
      placeholder: tr("subprocessor.form.countryPlaceholder"),
      required: true,
      multiple: false,
      minQueryLength: 1,
      notifyOnChange: true,
      initial: input.country ? [input.country] : [],
    },
    {
      kind: "choice",
      id: "mechanism",
      // A new version when the country changes, so the preselection follows it.
      version: input.country?.value,
      style: "radio",
      label: tr("subprocessor.form.mechanism"),
      hint: tr("subprocessor.form.mechanismHint"),
      required: false,
      options: mechanisms,
      initial: adequate ? ["adequacy"] : [],
    },
    text("dataCategories", tr("subprocessor.form.dataCategories"), {
      hint: tr("subprocessor.form.dataCategoriesHint"),
    }),
    {
      kind: "date",
      id: "intendedStart",
      label: tr("subprocessor.form.intendedStart"),
      required: true,
      initial: input.today,
    },
    {
      kind: "choice",
      id: "scope",
      style: "radio",
      label: tr("subprocessor.form.scope"),
      required: true,
      options: [
        { value: "all", label: tr("subprocessor.form.scope.all") },
        { value: "selected", label: tr("subprocessor.form.scope.selected") },
      ],
      initial: ["all"],
    },
    {
      kind: "lookup",
      id: "customers",
      label: tr("subprocessor.form.customers"),
      placeholder: tr("subprocessor.form.customersPlaceholder"),
      required: false,
      multiple: true,
      minQueryLength: 0,
    },
    text("reason", tr("subprocessor.form.reason")),
  ];
  return {
    id: PROPOSAL_FORM_ID,
    title: tr("subprocessor.form.title"),
    submit: tr("subprocessor.form.submit"),
    close: tr("common.cancel"),
    items,
    state: input.state,
  };
}

export function buildProposalLoadingForm(language: Language): Form {
  const tr = translator(language);
  return {
    id: "subprocessor.loading",
    title: tr("subprocessor.form.loadingTitle"),
    close: tr("common.cancel"),
    items: [{ kind: "info", text: [tr("subprocessor.form.loading")] }],
    state: "",
  };
}
