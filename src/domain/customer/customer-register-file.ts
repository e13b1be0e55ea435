// The customer register as operators write it (YAML or JSON): one entry per controller with the
// contract data of the DPA, its contacts by role and its approved sub-processors. Validation names
// every bad value by its path, so a file with errors is fixed in one pass and imports nothing.
// The messages speak the operator's language: ours from the catalog, zod's own (a number too small,
// a text where a number belongs) from zod's locale of that language.
import { z } from "zod";
import { LANGUAGES, type Language, languageChoices } from "../i18n/languages.ts";
import { type Translator, translator } from "../i18n/translate.ts";
import { isInEea } from "../subprocessor/eea.ts";

const ZOD_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  nl: z.locales.nl,
  en: z.locales.en,
  fr: z.locales.fr,
};

function buildSchema(tr: Translator) {
  // Control characters in a register value are a copy-paste accident, never data; PostgreSQL cannot
  // even store NUL. Refused with the field named, like every other bad value.
  const trimmed = z
    .string()
    .trim()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), {
      message: tr("register.error.controlCharacter"),
    });
  const nonEmpty = (what: string) =>
    trimmed.refine((text) => text.length > 0, { message: tr("register.error.required", { what }) });

  /** Dates as YAML writes them (a Date) or as text (2024-01-01); stored as a calendar date. */
  const calendarDate = z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: tr("register.error.date") })
      .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && isRealDate(text), {
        message: tr("register.error.notCalendarDate"),
      }),
  );

  const contactSchema = z.object({
    name: nonEmpty("name"),
    email: z.email({ message: tr("register.error.email") }),
    // YAML reads an unquoted 0470123456 as a number and drops the leading zero: ask for quotes.
    phone: z
      .string({ message: tr("register.error.phoneQuotes") })
      .trim()
      .regex(/^\+?[0-9 ()./-]{6,25}$/, { message: tr("register.error.phone") })
      .optional()
      .nullable(),
    roles: z
      .array(z.enum(["breach", "dsr", "approver", "dpo"], { message: tr("register.error.contactRole") }))
      .min(1, { message: tr("register.error.contactRoleRequired") }),
    slackUserId: trimmed
      .regex(/^[UW][A-Z0-9]{2,}$/, { message: tr("register.error.slackUser") })
      .optional()
      .nullable(),
    teamsUserId: trimmed.min(1).optional().nullable(),
    /** Art. 8 DPA routing: the request types a dsr contact handles; absent or empty = every type. */
    dsrTypes: z
      .array(
        z.enum(["access", "rectification", "erasure", "restriction", "portability", "objection"], {
          message: tr("register.error.dsrType"),
        }),
      )
      .optional()
      .default([]),
  });

  const subprocessorSchema = z
    .object({
      name: nonEmpty("name"),
      purpose: nonEmpty("purpose"),
      country: trimmed.toUpperCase().regex(/^[A-Z]{2}$/, { message: tr("register.error.country") }),
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
          message: tr("register.error.outsideEea", { country: sub.country }),
        });
      } else if (!sub.consentReference) {
        ctx.addIssue({
          code: "custom",
          path: ["consentReference"],
          message: tr("register.error.consentReference"),
        });
      }
    });

  const customerSchema = z
    .object({
      key: trimmed.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
        message: tr("register.error.key"),
      }),
      name: nonEmpty("name"),
      enterpriseNumber: trimmed
        .regex(/^[A-Z]{2}[0-9A-Z.\s]{4,20}$/, { message: tr("register.error.enterpriseNumber") })
        .optional()
        .nullable(),
      language: z
        .enum(LANGUAGES, {
          message: tr("register.error.language", { choices: languageChoices(tr("register.or")) }),
        })
        .default("nl"),
      authority: z.enum(["GBA", "AP"], { message: tr("register.error.authority") }).default("GBA"),
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
        .regex(/^[CG][A-Z0-9]{2,}$/, { message: tr("register.error.slackChannel") })
        .optional()
        .nullable(),
      contacts: z.array(contactSchema).default([]),
      subprocessors: z.array(subprocessorSchema).default([]),
    })
    .superRefine((customer, ctx) => {
      if (customer.contractStart && customer.contractEnd && customer.contractEnd < customer.contractStart) {
        ctx.addIssue({ code: "custom", path: ["contractEnd"], message: tr("register.error.contractEnd") });
      }
      const emails = new Set<string>();
      customer.contacts.forEach((contact, index) => {
        if (contact.dsrTypes.length > 0 && !contact.roles.includes("dsr")) {
          ctx.addIssue({
            code: "custom",
            path: ["contacts", index, "dsrTypes"],
            message: tr("register.error.dsrTypesRole"),
          });
        }
        const email = contact.email.toLowerCase();
        if (emails.has(email)) {
          ctx.addIssue({
            code: "custom",
            path: ["contacts", index, "email"],
            message: tr("register.error.listedTwice"),
          });
        }
        emails.add(email);
      });
      const names = new Set<string>();
      customer.subprocessors.forEach((sub, index) => {
        if (names.has(sub.name)) {
          ctx.addIssue({
            code: "custom",
            path: ["subprocessors", index, "name"],
            message: tr("register.error.listedTwice"),
          });
        }
        names.add(sub.name);
      });
    });

  const fileSchema = z
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
            message: tr("register.error.duplicateKey", { key: customer.key, first }),
          });
        } else keys.set(customer.key, index);
      });
    });
  return fileSchema;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === text;
}

const schemas = new Map<Language, ReturnType<typeof buildSchema>>();

/** The register file's schema with its messages in this language (built once per language). */
export function customerRegisterFileSchema(language: Language = "en"): ReturnType<typeof buildSchema> {
  let schema = schemas.get(language);
  if (!schema) {
    schema = buildSchema(translator(language));
    schemas.set(language, schema);
  }
  return schema;
}

export type CustomerRegisterFile = z.infer<ReturnType<typeof buildSchema>>;
export type CustomerEntry = CustomerRegisterFile["customers"][number];
export type ContactEntry = CustomerEntry["contacts"][number];
export type SubprocessorEntry = CustomerEntry["subprocessors"][number];

export type ValidationResult = { ok: true; value: CustomerRegisterFile } | { ok: false; errors: string[] };

/** Validates parsed YAML/JSON; errors read `customers[2].contacts[0].email: invalid e-mail`. */
export function validateCustomerRegister(data: unknown, language: Language = "en"): ValidationResult {
  const parsed = customerRegisterFileSchema(language).safeParse(data, {
    error: ZOD_LOCALES[language]().localeError,
  });
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
export function registerWarnings(file: CustomerRegisterFile, language: Language = "en"): string[] {
  const tr = translator(language);
  return file.customers.flatMap((customer, index) => {
    const roles = new Set(customer.contacts.flatMap((contact) => contact.roles));
    const warnings: string[] = [];
    if (!roles.has("breach")) {
      warnings.push(tr("register.warning.noBreachContact", { index, key: customer.key }));
    }
    if (!roles.has("dsr")) {
      warnings.push(tr("register.warning.noDsrContact", { index, key: customer.key }));
    }
    return warnings;
  });
}
