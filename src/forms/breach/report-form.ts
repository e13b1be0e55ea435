// The /datalek form: affected customers, discovery time and the eight Bijlage 3 fields. Used both to
// report (mostly empty) and to complete a report later (prefilled from the incident).
import { countEstimateAsInput } from "../../domain/breach/count-estimate.ts";
import type { BreachDetails } from "../../domain/breach/incident.ts";
import { MAX_TEXT_LENGTH, type ReportField } from "../../domain/breach/report-input.ts";
import { translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import type { Form, FormField, FormItem, Option } from "../model.ts";

export const REPORT_FORM_ID = "breach.report";
export const COMPLETE_FORM_ID = "breach.complete";

export interface ReportFormInput {
  language: Language;
  mode: "report" | "complete";
  /** Opaque state returned on submit. */
  state: string;
  customers: Option[];
  discoveredAt: Date;
  details: Partial<Omit<BreachDetails, "description">> & { description?: string | null };
}

type Field<K extends FormField["kind"]> = Extract<FormField, { kind: K }> & { id: ReportField };

export function buildReportForm(input: ReportFormInput): Form {
  const tr = translator(input.language);
  const d = input.details;
  const text = (
    id: ReportField,
    label: string,
    initial: string | null | undefined,
    extra: Partial<Field<"text">> = {},
  ) =>
    ({
      kind: "text",
      id,
      label,
      required: false,
      multiline: true,
      maxLength: MAX_TEXT_LENGTH,
      initial,
      ...extra,
    }) satisfies Field<"text">;
  const when = (id: ReportField, label: string, initial: Date | null | undefined, required = false) =>
    ({ kind: "datetime", id, label, required, initial }) satisfies Field<"datetime">;
  const count = (id: ReportField, label: string, value: BreachDetails["records"] | undefined) =>
    text(id, label, value ? countEstimateAsInput(value) : null, {
      multiline: false,
      maxLength: 60,
      hint: tr("breach.form.countHint"),
    });
  const yesNoUnknown = [
    { value: "yes", label: tr("common.yes") },
    { value: "no", label: tr("common.no") },
    { value: "unknown", label: tr("common.unknown") },
  ];

  const items: FormItem[] = [
    { kind: "info", text: [tr("breach.form.intro")] },
    {
      kind: "lookup",
      id: "customers",
      label: tr("breach.form.customers"),
      hint: tr("breach.form.customersHint"),
      placeholder: tr("breach.form.customersPlaceholder"),
      required: true,
      multiple: true,
      minQueryLength: 0,
      initial: input.customers,
    },
    {
      ...when("discoveredAt", tr("breach.form.discoveredAt"), input.discoveredAt, true),
      hint: tr("breach.form.discoveredAtHint"),
    },
    text("description", tr("breach.form.description"), d.description, {
      required: true,
      hint: tr("breach.form.descriptionHint"),
    }),
    { kind: "divider" },
    text("consequences", tr("breach.form.consequences"), d.consequences),
    {
      kind: "choice",
      id: "nature",
      style: "checkboxes",
      label: tr("breach.form.nature"),
      required: false,
      options: (["availability", "integrity", "confidentiality"] as const).map((n) => ({
        value: n,
        label: tr(`breach.nature.${n}`),
        hint: tr(`breach.form.nature.${n}Hint`),
      })),
      initial: d.nature ?? [],
    },
    {
      kind: "choice",
      id: "ongoing",
      style: "radio",
      label: tr("breach.form.ongoing"),
      required: false,
      options: (["ongoing", "ended", "unknown"] as const).map((v) => ({
        value: v,
        label: tr(`breach.form.ongoing.${v}`),
      })),
      initial: d.ongoing === true ? ["ongoing"] : d.ongoing === false ? ["ended"] : [],
    },
    when("breachStartedAt", tr("breach.form.breachStartedAt"), d.breachStartedAt),
    when("breachEndedAt", tr("breach.form.breachEndedAt"), d.breachEndedAt),
    text("dataCategories", tr("breach.form.dataCategories"), d.dataCategories, {
      hint: tr("breach.form.dataCategoriesHint"),
    }),
    {
      kind: "choice",
      id: "specialCategories",
      style: "radio",
      label: tr("breach.form.specialCategories"),
      required: false,
      options: yesNoUnknown,
      initial: d.specialCategories === true ? ["yes"] : d.specialCategories === false ? ["no"] : [],
    },
    count("records", tr("breach.form.records"), d.records),
    count("subjects", tr("breach.form.subjects"), d.subjects),
    text("measures", tr("breach.form.measures"), d.measures),
    { kind: "divider" },
    text("contactName", tr("breach.form.contactName"), d.contact?.name, { multiline: false, maxLength: 200 }),
    {
      kind: "email",
      id: "contactEmail",
      label: tr("breach.form.contactEmail"),
      required: false,
      initial: d.contact?.email,
    },
    text("contactPhone", tr("breach.form.contactPhone"), d.contact?.phone, {
      multiline: false,
      maxLength: 40,
    }),
  ];

  return {
    id: input.mode === "report" ? REPORT_FORM_ID : COMPLETE_FORM_ID,
    title: tr(input.mode === "report" ? "breach.form.title" : "breach.form.completeTitle"),
    submit: tr(input.mode === "report" ? "breach.form.submit" : "breach.form.save"),
    close: tr("common.cancel"),
    items,
    state: input.state,
  };
}

/** Shown at once when /datalek runs, replaced by the form as soon as its data is loaded. */
export function buildLoadingForm(language: Language, state: string): Form {
  const tr = translator(language);
  return {
    id: "breach.loading",
    title: tr("breach.form.loadingTitle"),
    close: tr("common.cancel"),
    items: [{ kind: "info", text: [tr("breach.form.loading")] }],
    state,
  };
}
