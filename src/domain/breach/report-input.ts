// The breach report form's input, validated into domain values. Field names are the form's field
// ids, so an error lands on the field it concerns. Only customer(s), discovery time and description
// are required: GDPR art. 33(4) allows completing the rest later; the clocks run from discovery anyway.
import { z } from "zod";
import type { MessageKey } from "../i18n/translate.ts";
import { freeTextError, freeTextField, type TextShape } from "../text/free-text.ts";
import { parseCountEstimate } from "./count-estimate.ts";
import { type BreachDetails, NATURES } from "./incident.ts";

export const REPORT_FIELDS = [
  "customers",
  "discoveredAt",
  "description",
  "consequences",
  "breachStartedAt",
  "breachEndedAt",
  "ongoing",
  "nature",
  "dataCategories",
  "specialCategories",
  "records",
  "subjects",
  "measures",
  "contactName",
  "contactEmail",
  "contactPhone",
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export const ONGOING_CHOICES = ["ongoing", "ended", "unknown"] as const;
export const YES_NO_UNKNOWN = ["yes", "no", "unknown"] as const;
export const MAX_TEXT_LENGTH = 3000;

export interface ReportInput {
  customerIds: string[];
  discoveredAt: Date;
  details: BreachDetails;
}

export type FieldErrors<F extends string> = Partial<Record<F, MessageKey>>;
export type Validated<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

// Typed text is kept as typed (trimmed); control characters are refused on their field
// (text/free-text.ts): what is stored is what the reporter sees they wrote.
const text = freeTextField;

/** The free-text fields of the report, multi-line or one line as the form shows them. */
const TEXT_SHAPES: ReadonlyArray<[ReportField, TextShape]> = [
  ["description", "lines"],
  ["consequences", "lines"],
  ["dataCategories", "lines"],
  ["measures", "lines"],
  ["records", "line"],
  ["subjects", "line"],
  ["contactName", "line"],
  ["contactEmail", "line"],
  ["contactPhone", "line"],
];
const instant = z
  .date()
  .nullish()
  .transform((v) => v ?? null);
const choices = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const choice = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

const rawReport = z.object({
  customers: choices,
  discoveredAt: instant,
  description: text,
  consequences: text,
  breachStartedAt: instant,
  breachEndedAt: instant,
  ongoing: choice,
  nature: choices,
  dataCategories: text,
  specialCategories: choice,
  records: text,
  subjects: text,
  measures: text,
  contactName: text,
  contactEmail: text,
  contactPhone: text,
});

const emailPattern = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;
const phonePattern = /^\+?[\d\s()./-]{6,25}$/;

/** True when `at` falls in a minute after the current one: pickers choose minutes, not seconds. */
export function isInFuture(at: Date, now: Date): boolean {
  return Math.floor(at.getTime() / 60_000) > Math.floor(now.getTime() / 60_000);
}

export function validateReport(raw: Record<string, unknown>, now: Date): Validated<ReportInput, ReportField> {
  const parsed = rawReport.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors<ReportField> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ReportField;
      errors[field] ??= "breach.error.invalid";
    }
    return { ok: false, errors };
  }
  const r = parsed.data;
  const errors: FieldErrors<ReportField> = {};
  const tooLong = (field: ReportField, value: string | null) => {
    if (value !== null && value.length > MAX_TEXT_LENGTH) errors[field] = "breach.error.tooLong";
  };

  if (r.customers.length === 0) errors.customers = "breach.error.customersRequired";
  if (r.discoveredAt === null) errors.discoveredAt = "breach.error.discoveredRequired";
  else if (isInFuture(r.discoveredAt, now)) errors.discoveredAt = "breach.error.inFuture";
  if (r.description === null) errors.description = "breach.error.descriptionRequired";

  if (r.breachStartedAt && isInFuture(r.breachStartedAt, now))
    errors.breachStartedAt = "breach.error.inFuture";
  else if (r.breachStartedAt && r.discoveredAt && r.breachStartedAt > r.discoveredAt) {
    errors.breachStartedAt = "breach.error.startAfterDiscovery";
  }
  if (r.breachEndedAt && isInFuture(r.breachEndedAt, now)) errors.breachEndedAt = "breach.error.inFuture";
  else if (r.breachEndedAt && r.breachStartedAt && r.breachEndedAt < r.breachStartedAt) {
    errors.breachEndedAt = "breach.error.endBeforeStart";
  } else if (r.breachEndedAt && r.ongoing === "ongoing")
    errors.breachEndedAt = "breach.error.endedButOngoing";

  if (r.ongoing !== null && !(ONGOING_CHOICES as readonly string[]).includes(r.ongoing)) {
    errors.ongoing = "breach.error.invalid";
  }
  if (r.nature.some((n) => !(NATURES as readonly string[]).includes(n)))
    errors.nature = "breach.error.invalid";
  if (r.specialCategories !== null && !(YES_NO_UNKNOWN as readonly string[]).includes(r.specialCategories)) {
    errors.specialCategories = "breach.error.invalid";
  }

  const records = parseCountEstimate(r.records);
  if (!records.ok) errors.records = `breach.error.count.${records.error}`;
  const subjects = parseCountEstimate(r.subjects);
  if (!subjects.ok) errors.subjects = `breach.error.count.${subjects.error}`;

  if (r.contactEmail !== null && !emailPattern.test(r.contactEmail))
    errors.contactEmail = "breach.error.email";
  if (r.contactPhone !== null && !phonePattern.test(r.contactPhone))
    errors.contactPhone = "breach.error.phone";
  for (const field of ["description", "consequences", "dataCategories", "measures"] as const)
    tooLong(field, r[field]);
  for (const field of ["contactName", "contactEmail", "contactPhone"] as const) {
    if ((r[field]?.length ?? 0) > 200) errors[field] = "breach.error.tooLong";
  }
  // Last: a control character is the error to fix first, whatever else is wrong with the field.
  for (const [field, shape] of TEXT_SHAPES) {
    const error = freeTextError(r[field] as string | null, shape);
    if (error) errors[field] = error;
  }

  if (Object.keys(errors).length > 0 || !records.ok || !subjects.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      customerIds: [...new Set(r.customers)],
      discoveredAt: r.discoveredAt!,
      details: {
        description: r.description!,
        consequences: r.consequences,
        breachStartedAt: r.breachStartedAt,
        breachEndedAt: r.breachEndedAt,
        // An end time says the breach is over, even when the radio button was left alone.
        ongoing: r.ongoing === "ongoing" ? true : r.ongoing === "ended" || r.breachEndedAt ? false : null,
        nature: NATURES.filter((n) => r.nature.includes(n)),
        dataCategories: r.dataCategories,
        specialCategories: r.specialCategories === "yes" ? true : r.specialCategories === "no" ? false : null,
        records: records.value,
        subjects: subjects.value,
        measures: r.measures,
        contact: { name: r.contactName, email: r.contactEmail, phone: r.contactPhone },
      },
    },
  };
}
