// A request as the register lists it (CLI, exports): instants in ISO 8601 UTC, money in cents. The
// data subject's details only when asked for explicitly, and that use is audited by the caller.
import type { Cell } from "../breach/register-csv.ts";
import { csvCell } from "../breach/register-csv.ts";
import type { DataSubjectRequest } from "./request.ts";

export interface RequestEntry {
  reference: string;
  customerKey: string;
  customerName: string;
  type: string;
  receivedAt: string;
  receivedVia: string;
  forwardDue: string;
  forwardedAt: string | null;
  forwardedVia: string | null;
  forwardedTo: string[];
  acknowledgedAt: string | null;
  legalDeadline: string;
  extendedDeadline: string | null;
  extensionReason: string | null;
  status: string;
  minutesSpent: number;
  costCents: number;
  closedAt: string | null;
  detailsErasedAt: string | null;
  /** Only with --include-personal-data. */
  subject?: string | null;
  requestText?: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toRequestEntry(r: DataSubjectRequest, includePersonalData: boolean): RequestEntry {
  const entry: RequestEntry = {
    reference: r.reference,
    customerKey: r.customer.key,
    customerName: r.customer.name,
    type: r.type,
    receivedAt: r.receivedAt.toISOString(),
    receivedVia: r.receivedVia,
    forwardDue: r.forwardDueAt.toISOString(),
    forwardedAt: iso(r.forwardedAt),
    forwardedVia: r.forwardedVia,
    forwardedTo: r.forwardedTo,
    acknowledgedAt: iso(r.acknowledgedAt),
    legalDeadline: r.legalDeadline.toISOString(),
    extendedDeadline: iso(r.extendedDeadline),
    extensionReason: r.extensionReason,
    status: r.status,
    minutesSpent: r.minutesSpent,
    costCents: r.costCents,
    closedAt: iso(r.closedAt),
    detailsErasedAt: iso(r.detailsErasedAt),
  };
  if (includePersonalData) {
    entry.subject = r.subject;
    entry.requestText = r.requestText;
  }
  return entry;
}

const COLUMNS = [
  "reference",
  "customer_key",
  "customer_name",
  "type",
  "received_at",
  "received_via",
  "forward_due",
  "forwarded_at",
  "forwarded_via",
  "forwarded_to",
  "acknowledged_at",
  "legal_deadline",
  "extended_deadline",
  "extension_reason",
  "status",
  "minutes_spent",
  "cost_cents",
  "closed_at",
  "details_erased_at",
] as const;

/** RFC 4180, one row per request; personal-data columns only when the entries carry them. */
export function requestsAsCsv(entries: RequestEntry[], includePersonalData: boolean): string {
  const header: string[] = [...COLUMNS, ...(includePersonalData ? ["subject", "request_text"] : [])];
  const rows: Cell[][] = [header];
  for (const e of entries) {
    const row: Cell[] = [
      e.reference,
      e.customerKey,
      e.customerName,
      e.type,
      e.receivedAt,
      e.receivedVia,
      e.forwardDue,
      e.forwardedAt,
      e.forwardedVia,
      e.forwardedTo.join("|"),
      e.acknowledgedAt,
      e.legalDeadline,
      e.extendedDeadline,
      e.extensionReason,
      e.status,
      e.minutesSpent,
      e.costCents,
      e.closedAt,
      e.detailsErasedAt,
    ];
    if (includePersonalData) row.push(e.subject ?? null, e.requestText ?? null);
    rows.push(row);
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
