// The action x role table the README prints, rendered from GRANTS so that the documentation cannot
// drift from what the code enforces (a test compares the two).
import { CAPABILITIES, type Capability, GRANTS } from "./capabilities.ts";
import { GRANTED_ROLES, roleName } from "./roles.ts";

/** What each capability lets a person do, in the README's words. */
export const CAPABILITY_DESCRIPTIONS: Record<Capability, string> = {
  "breach.report": "report a breach (`/datalek`)",
  "incident.complete": "complete an incident's report (Bijlage 3 fields)",
  "incident.handle": "record customer informed, the authority decision, close an incident",
  "customer.notify": "send the breach notification e-mail to a customer",
  "request.register": "register a data-subject request (`/avg-verzoek`)",
  "request.handle": "record a forward, acknowledgement, extension, time spent; close a request",
  "request.details": "see a data subject's details",
  "subprocessor.propose": "propose or withdraw a sub-processor change (`/subverwerker`)",
  "consent.record": "record a customer's written consent (CLI)",
  "approval.decide": "decide a customer's approval",
  "deadlines.read": "see every open deadline on demand (the digest)",
  "registers.read": "read and export the registers and the audit log",
  "customers.manage": "import the customer register",
  "digest.destination": "choose where the daily digest goes (`digest here`)",
  "staff.administer": "grant and revoke roles",
  "language.administer": "set workspace and personal languages (CLI)",
};

const OWNER_NOTE = {
  reporter: "own report",
  registrant: "own request",
  approver: "the customer's designated approvers only (guests and other organisations too)",
} as const;

export function permissionTable(): string {
  const header = ["action", "member (reporter)", ...GRANTED_ROLES.map(roleName)];
  const rows = CAPABILITIES.map((capability) => {
    const grant = GRANTS[capability];
    const owner = grant.owner ? OWNER_NOTE[grant.owner] : null;
    const member = grant.members ? "yes" : owner && grant.owner !== "approver" ? owner : "";
    const cells = GRANTED_ROLES.map((role) => (grant.members || grant.roles.includes(role) ? "yes" : ""));
    return [CAPABILITY_DESCRIPTIONS[capability], grant.owner === "approver" ? owner! : member, ...cells];
  });
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
