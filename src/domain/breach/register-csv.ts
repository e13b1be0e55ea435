// The register as CSV (RFC 4180): one row per affected customer, the incident's fields repeated, so
// a spreadsheet can filter and sum per customer. Text that a spreadsheet would run as a formula is
// prefixed with an apostrophe.
import type { RegisterEntry } from "./register-entry.ts";

const COLUMNS = [
  "reference",
  "status",
  "discovered_at",
  "reported_at",
  "reporter",
  "description",
  "consequences",
  "breach_started_at",
  "breach_ended_at",
  "ongoing",
  "nature",
  "data_categories",
  "special_categories",
  "records_min",
  "records_max",
  "subjects_min",
  "subjects_max",
  "measures",
  "contact_name",
  "contact_email",
  "contact_phone",
  "closed_at",
  "closing_note",
  "customer_key",
  "customer_name",
  "authority",
  "notify_deadline",
  "notified_at",
  "notified_via",
  "notified_to",
  "notification_message_id",
  "penalty_cents",
  "authority_deadline",
  "authority_decision",
  "authority_decision_at",
  "authority_decision_note",
] as const;

export type Cell = string | number | boolean | null;

export function registerAsCsv(entries: RegisterEntry[]): string {
  const rows: Cell[][] = [[...COLUMNS]];
  for (const e of entries) {
    const incident: Cell[] = [
      e.reference,
      e.status,
      e.discoveredAt,
      e.reportedAt,
      e.reporter,
      e.description,
      e.consequences,
      e.breachStartedAt,
      e.breachEndedAt,
      e.ongoing,
      e.nature.join("|"),
      e.dataCategories,
      e.specialCategories,
      e.records.min,
      e.records.max,
      e.subjects.min,
      e.subjects.max,
      e.measures,
      e.contact.name,
      e.contact.email,
      e.contact.phone,
      e.closedAt,
      e.closingNote,
    ];
    for (const c of e.customers) {
      rows.push([
        ...incident,
        c.key,
        c.name,
        c.authority,
        c.notifyDeadline,
        c.notifiedAt,
        c.notifiedVia,
        c.notifiedTo,
        c.notificationMessageId,
        c.penaltyCents,
        c.authorityDeadline,
        c.authorityDecision,
        c.authorityDecisionAt,
        c.authorityDecisionNote,
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** One RFC 4180 cell; text a spreadsheet would run as a formula gets an apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
