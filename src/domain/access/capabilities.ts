// What a person may do, named once. Each front door (Slack, Teams, the CLI, the decision page) asks
// `decideAccess` about one of these; the README prints GRANTS as the action x role table and a test
// keeps the two in step.
import type { StaffRole } from "./roles.ts";

export const CAPABILITIES = [
  "breach.report",
  "incident.complete",
  "incident.handle",
  "customer.notify",
  "request.register",
  "request.handle",
  "request.details",
  "subprocessor.propose",
  "consent.record",
  "approval.decide",
  "deadlines.read",
  "registers.read",
  "customers.manage",
  "digest.destination",
  "staff.administer",
  "language.administer",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface Grant {
  /** Every member of our own workspace or tenant, without a grant. */
  members: boolean;
  /** The granted roles that carry it. */
  roles: readonly StaffRole[];
  /** Also the person the object belongs to (who reported it, registered it, or must decide it). */
  owner?: "reporter" | "registrant" | "approver";
}

const handlers: StaffRole[] = ["incident_handler", "privacy_officer"];

export const GRANTS: Record<Capability, Grant> = {
  // Art. 6.1 DPA: anyone who discovers a breach reports it at once; GDPR art. 12, art. 8 DPA likewise.
  "breach.report": { members: true, roles: [] },
  "request.register": { members: true, roles: [] },
  // GDPR art. 33(4): the reporter completes their own report in phases.
  "incident.complete": { members: false, roles: handlers, owner: "reporter" },
  // Recording "informed" stops the 24 h clock and the art. 6.5 penalty: not for everyone.
  "incident.handle": { members: false, roles: handlers },
  // Telling a customer, from our own sender address, is the privacy officer's (art. 6.1, Bijlage 3).
  "customer.notify": { members: false, roles: ["privacy_officer"] },
  "request.handle": { members: false, roles: handlers },
  // GDPR art. 5(1)(f): the data subject's identity only to the registrant and privacy officers.
  "request.details": { members: false, roles: ["privacy_officer"], owner: "registrant" },
  // Art. 9.1 DPA: what is put to every customer's approvers goes out in our name.
  "subprocessor.propose": { members: false, roles: ["privacy_officer"] },
  "consent.record": { members: false, roles: ["privacy_officer"] },
  // Art. 9 DPA: consent counts only from the customer's designated approvers, whoever they are.
  "approval.decide": { members: false, roles: [], owner: "approver" },
  "deadlines.read": { members: false, roles: ["incident_handler", "privacy_officer", "auditor", "admin"] },
  "registers.read": { members: false, roles: ["privacy_officer", "auditor"] },
  "customers.manage": { members: false, roles: ["privacy_officer", "admin"] },
  "digest.destination": { members: false, roles: ["admin"] },
  "staff.administer": { members: false, roles: ["admin"] },
  "language.administer": { members: false, roles: ["admin"] },
};
