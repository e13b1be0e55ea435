// The sub-processor register per customer (art. 9 DPA): what is in use (approved, by the signed
// DPA's list or by a decision) and what was proposed and is pending, rejected or withdrawn, with
// who decided, when and how.
import { type Cell, csvCell } from "../breach/register-csv.ts";

export interface RegisterRow {
  customer: string;
  name: string;
  purpose: string;
  country: string;
  inEea: boolean;
  mechanism: string;
  status: "pending" | "approved" | "rejected" | "withdrawn";
  decidedAt: string | null;
  decidedBy: string | null;
  /** slack, teams, email_link, written_consent; "register" for the signed DPA's initial list. */
  via: string | null;
  /** Proposal reference, null for the initial list. */
  proposal: string | null;
  consentReference: string | null;
}

const COLUMNS = [
  "customer",
  "name",
  "purpose",
  "country",
  "in_eea",
  "mechanism",
  "status",
  "decided_at",
  "decided_by",
  "via",
  "proposal",
  "consent_reference",
] as const;

export function registerRowsAsCsv(rows: RegisterRow[]): string {
  const lines: Cell[][] = [[...COLUMNS]];
  for (const r of rows) {
    lines.push([
      r.customer,
      r.name,
      r.purpose,
      r.country,
      r.inEea,
      r.mechanism,
      r.status,
      r.decidedAt,
      r.decidedBy,
      r.via,
      r.proposal,
      r.consentReference,
    ]);
  }
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
