// The /subverwerker form's input, validated into a proposal. Field names are the form's field ids,
// so each error lands on its field. Art. 3.7 DPA: a destination outside the EEA needs a transfer
// mechanism; "adequacy" only where the EU has an adequacy decision for that country.
import { DateTime } from "luxon";
import { z } from "zod";
import type { FieldErrors, Validated } from "../breach/report-input.ts";
import { freeTextError, freeTextField, type TextShape } from "../text/free-text.ts";
import { isCountryCode } from "./countries.ts";
import { hasAdequacyDecision, isInEea } from "./eea.ts";
import { type ProposalTerms, TRANSFER_MECHANISMS, type TransferMechanism } from "./proposal.ts";

export const PROPOSAL_FIELDS = [
  "name",
  "purpose",
  "country",
  "mechanism",
  "dataCategories",
  "intendedStart",
  "scope",
  "customers",
  "reason",
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export const MAX_NAME_LENGTH = 200;
export const MAX_PROPOSAL_TEXT = 3000;

export interface ProposalInput {
  terms: ProposalTerms;
  /** All active customers, or these. */
  customers: { all: true } | { all: false; ids: string[] };
}

const text = freeTextField;
const single = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const list = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

const rawProposal = z.object({
  name: text,
  purpose: text,
  country: single,
  mechanism: single,
  dataCategories: text,
  intendedStart: single,
  scope: single,
  customers: list,
  reason: text,
});

/** `today` is the current calendar day where the organisation works (a start before it is refused). */
export function validateProposal(
  raw: Record<string, unknown>,
  now: Date,
  timezone: string,
): Validated<ProposalInput, ProposalField> {
  const parsed = rawProposal.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors<ProposalField> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as ProposalField;
      errors[(PROPOSAL_FIELDS as readonly string[]).includes(field) ? field : "name"] ??=
        "subprocessor.error.invalid";
    }
    return { ok: false, errors };
  }
  const r = parsed.data;
  const errors: FieldErrors<ProposalField> = {};
  const required = (field: ProposalField, value: string | null, max: number, shape: TextShape) => {
    const error = freeTextError(value, shape);
    if (value === null) errors[field] = "subprocessor.error.required";
    else if (error) errors[field] = error;
    else if (value.length > max) errors[field] = "subprocessor.error.tooLong";
  };
  required("name", r.name, MAX_NAME_LENGTH, "line");
  required("purpose", r.purpose, MAX_PROPOSAL_TEXT, "lines");
  required("dataCategories", r.dataCategories, MAX_PROPOSAL_TEXT, "lines");
  required("reason", r.reason, MAX_PROPOSAL_TEXT, "lines");

  const country = r.country?.toUpperCase() ?? null;
  let mechanism: TransferMechanism = "none";
  if (country === null) errors.country = "subprocessor.error.countryRequired";
  else if (!isCountryCode(country)) errors.country = "subprocessor.error.countryUnknown";
  else if (!isInEea(country)) {
    const chosen = (TRANSFER_MECHANISMS as readonly string[]).includes(r.mechanism ?? "")
      ? (r.mechanism as TransferMechanism)
      : null;
    if (r.mechanism !== null && chosen === null) errors.mechanism = "subprocessor.error.invalid";
    else if (chosen === null) errors.mechanism = "subprocessor.error.mechanismRequired";
    else if (chosen === "adequacy" && !hasAdequacyDecision(country))
      errors.mechanism = "subprocessor.error.noAdequacy";
    else mechanism = chosen;
  }

  const intendedStart = calendarDay(r.intendedStart);
  const today = DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
  if (r.intendedStart === null) errors.intendedStart = "subprocessor.error.startRequired";
  else if (intendedStart === null) errors.intendedStart = "subprocessor.error.invalid";
  else if (r.intendedStart < today) errors.intendedStart = "subprocessor.error.startInPast";

  if (r.scope !== "all" && r.scope !== "selected") errors.scope = "subprocessor.error.scopeRequired";
  else if (r.scope === "selected" && r.customers.length === 0)
    errors.customers = "subprocessor.error.customersRequired";

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      terms: {
        subProcessorName: r.name!,
        purpose: r.purpose!,
        country: country!,
        mechanism,
        dataCategories: r.dataCategories!,
        intendedStart: intendedStart!,
        reason: r.reason!,
      },
      customers: r.scope === "all" ? { all: true } : { all: false, ids: [...new Set(r.customers)] },
    },
  };
}

/** "2027-01-31" as midnight UTC of that day; null when it is not a real calendar date. */
function calendarDay(value: string | null): Date | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}
