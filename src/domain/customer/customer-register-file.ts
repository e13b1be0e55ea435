// The customer register as operators write it (YAML or JSON): one entry per controller with the
// contract data of the DPA, its contacts by role and its approved sub-processors. Validation names
// every bad value by its path, so a file with errors is fixed in one pass and imports nothing.
import { z } from "zod";
import { LANGUAGES, languageChoices } from "../i18n/languages.ts";
import { isInEea } from "../subprocessor/eea.ts";

// Control characters in a register value are a copy-paste accident, never data; PostgreSQL cannot
// even store NUL. Refused with the field named, like every other bad value.
const trimmed = z
  .string()
  .trim()
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), {
    message: "contains a control character",
  });
const nonEmpty = (what: string) =>
  trimmed.refine((text) => text.length > 0, { message: `${what} is required` });

/** Dates as YAML writes them (a Date) or as text (2024-01-01); stored as a calendar date. */
const calendarDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD" })
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && isRealDate(text), {
      message: "not a calendar date",
    }),
);

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === text;
}

const contactSchema = z.object({
  name: nonEmpty("name"),
  email: z.email({ message: "invalid e-mail" }),
  // YAML reads an unquoted 0470123456 as a number and drops the leading zero: ask for quotes.
  phone: z
    .string({ message: 'write the phone number in quotes, e.g. "+32 470 12 34 56"' })
    .trim()
    .regex(/^\+?[0-9 ()./-]{6,25}$/, { message: "invalid phone number (digits, spaces, + ( ) . / -)" })
    .optional()
    .nullable(),
  roles: z
    .array(z.enum(["breach", "dsr", "approver", "dpo"], { message: "expected breach, dsr, approver or dpo" }))
    .min(1, { message: "at least one role is required (breach, dsr, approver, dpo)" }),
  slackUserId: trimmed
    .regex(/^[UW][A-Z0-9]{2,}$/, { message: "expected a Slack user id like U0123ABCD" })
    .optional()
    .nullable(),
  teamsUserId: trimmed.min(1).optional().nullable(),
  /** Art. 8 DPA routing: the request types a dsr contact handles; absent or empty = every type. */
  dsrTypes: z
    .array(
      z.enum(["access", "rectification", "erasure", "restriction", "portability", "objection"], {
        message: "expected access, rectification, erasure, restriction, portability or objection",
      }),
    )
    .optional()
    .default([]),
});

const subprocessorSchema = z
  .object({
    name: nonEmpty("name"),
    purpose: nonEmpty("purpose"),
    country: trimmed
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { message: "expected an ISO 3166 alpha-2 country code like DE" }),
    /** Art. 3.7 DPA: how a transfer outside the EEA is covered. */
    mechanism: z.enum(["adequacy", "scc", "bcr"]).optional().nullable(),
    /** Art. 3.7 DPA: the customer's prior written consent to processing outside the EEA. */
    nonEeaConsent: z.boolean().optional().default(false),
    consentReference: trimmed.min(1).optional().nullable(),
  })
  .superRefine((sub, ctx) => {
    if (isInEea(sub.country)) return;
    if (!sub.nonEeaConsent) {
      ctx.addIssue({
        code: "custom",
        path: ["country"],
        message: `${sub.country} is outside the EEA: art. 3.7 DPA needs the customer's written consent (set nonEeaConsent: true and consentReference)`,
      });
    } else if (!sub.consentReference) {
      ctx.addIssue({
        code: "custom",
        path: ["consentReference"],
        message: "required with nonEeaConsent: where the customer's written consent is kept",
      });
    }
  });

const customerSchema = z
  .object({
    key: trimmed.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
      message: "expected a slug of lowercase letters, digits and dashes",
    }),
    name: nonEmpty("name"),
    enterpriseNumber: trimmed
      .regex(/^[A-Z]{2}[0-9A-Z.\s]{4,20}$/, { message: "expected a number like BE0123456789" })
      .optional()
      .nullable(),
    language: z.enum(LANGUAGES, { message: `expected ${languageChoices()}` }).default("nl"),
    authority: z.enum(["GBA", "AP"], { message: "expected GBA or AP" }).default("GBA"),
    forwardSlaHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .optional()
      .nullable(),
    contractStart: calendarDate.optional().nullable(),
    contractEnd: calendarDate.optional().nullable(),
    retentionDaysAfterEnd: z.number().int().min(0).max(3650).optional().nullable(),
    reviewIntervalMonths: z.number().int().min(1).max(60).optional().nullable(),
    processing: z
      .object({
        nature: trimmed.optional().nullable(),
        purpose: trimmed.optional().nullable(),
        dataCategories: z.array(nonEmpty("category")).optional().default([]),
        dataSubjectCategories: z.array(nonEmpty("category")).optional().default([]),
      })
      .optional(),
    /** Slack Connect channel shared with the customer: approval requests for approvers without a Slack id. */
    slackChannelId: trimmed
      .regex(/^[CG][A-Z0-9]{2,}$/, { message: "expected a Slack channel id like C0123ABCD" })
      .optional()
      .nullable(),
    contacts: z.array(contactSchema).default([]),
    subprocessors: z.array(subprocessorSchema).default([]),
  })
  .superRefine((customer, ctx) => {
    if (customer.contractStart && customer.contractEnd && customer.contractEnd < customer.contractStart) {
      ctx.addIssue({ code: "custom", path: ["contractEnd"], message: "is before contractStart" });
    }
    const emails = new Set<string>();
    customer.contacts.forEach((contact, index) => {
      if (contact.dsrTypes.length > 0 && !contact.roles.includes("dsr")) {
        ctx.addIssue({
          code: "custom",
          path: ["contacts", index, "dsrTypes"],
          message: "only for a contact with the dsr role",
        });
      }
      const email = contact.email.toLowerCase();
      if (emails.has(email)) {
        ctx.addIssue({ code: "custom", path: ["contacts", index, "email"], message: "listed twice" });
      }
      emails.add(email);
    });
    const names = new Set<string>();
    customer.subprocessors.forEach((sub, index) => {
      if (names.has(sub.name)) {
        ctx.addIssue({ code: "custom", path: ["subprocessors", index, "name"], message: "listed twice" });
      }
      names.add(sub.name);
    });
  });

export const customerRegisterFileSchema = z
  .object({ customers: z.array(customerSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const keys = new Map<string, number>();
    file.customers.forEach((customer, index) => {
      const first = keys.get(customer.key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["customers", index, "key"],
          message: `duplicate key "${customer.key}" (also customers[${first}])`,
        });
      } else keys.set(customer.key, index);
    });
  });

export type CustomerRegisterFile = z.infer<typeof customerRegisterFileSchema>;
export type CustomerEntry = CustomerRegisterFile["customers"][number];
export type ContactEntry = CustomerEntry["contacts"][number];
export type SubprocessorEntry = CustomerEntry["subprocessors"][number];

export type ValidationResult = { ok: true; value: CustomerRegisterFile } | { ok: false; errors: string[] };

/** Validates parsed YAML/JSON; errors read `customers[2].contacts[0].email: invalid e-mail`. */
export function validateCustomerRegister(data: unknown): ValidationResult {
  const parsed = customerRegisterFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  };
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "(file)";
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/**
 * What is valid but will hurt later: a customer nobody can be told about a breach (Bijlage 3
 * contact person) or to whom no data-subject request can be forwarded (art. 8 DPA).
 */
export function registerWarnings(file: CustomerRegisterFile): string[] {
  return file.customers.flatMap((customer, index) => {
    const roles = new Set(customer.contacts.flatMap((contact) => contact.roles));
    const warnings: string[] = [];
    if (!roles.has("breach")) {
      warnings.push(
        `customers[${index}] (${customer.key}): no breach contact; a breach notification would have no addressee`,
      );
    }
    if (!roles.has("dsr")) {
      warnings.push(
        `customers[${index}] (${customer.key}): no dsr contact; data-subject requests cannot be forwarded`,
      );
    }
    return warnings;
  });
}
