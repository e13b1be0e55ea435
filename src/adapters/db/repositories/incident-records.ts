// Incident rows as domain values, and the snapshots written to the audit log.
import type {
  AuthorityDecision,
  BreachDetails,
  CustomerClock,
  Incident,
  Nature,
} from "../../../domain/breach/incident.ts";
import type { Language } from "../../../domain/ports.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

export const incidentInclude = {
  reporter: { select: { displayName: true, workspaceId: true, platform: true, platformUserId: true } },
  customers: {
    include: { customer: { include: { contacts: { orderBy: { email: "asc" } } } } },
    orderBy: { customer: { name: "asc" } },
  },
} satisfies Prisma.IncidentInclude;

export type IncidentRow = Prisma.IncidentGetPayload<{ include: typeof incidentInclude }>;
type ClockRow = IncidentRow["customers"][number];

export function toIncident(row: IncidentRow, channelLanguage: Language | null): Incident {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    discoveredAt: row.discoveredAt,
    reportedAt: row.reportedAt,
    reporterName: row.reporter.displayName,
    reporter: { platform: row.reporter.platform, userId: row.reporter.platformUserId },
    channelLanguage,
    ...toDetails(row),
    customers: row.customers.map(toClock),
    message:
      (row.platform === "slack" || row.platform === "teams") && row.channelId && row.messageId
        ? { platform: row.platform, channelId: row.channelId, messageId: row.messageId }
        : null,
    closedAt: row.closedAt,
    closingNote: row.closingNote,
  };
}

function toDetails(row: IncidentRow): BreachDetails {
  const nature: Nature[] = [];
  if (row.natureAvailability) nature.push("availability");
  if (row.natureIntegrity) nature.push("integrity");
  if (row.natureConfidentiality) nature.push("confidentiality");
  return {
    description: row.description,
    consequences: row.consequences,
    breachStartedAt: row.breachStartedAt,
    breachEndedAt: row.breachEndedAt,
    ongoing: row.ongoing,
    nature,
    dataCategories: row.dataCategories,
    specialCategories: row.specialCategories,
    records: { min: row.recordsMin, max: row.recordsMax },
    subjects: { min: row.subjectsMin, max: row.subjectsMax },
    measures: row.measures,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
  };
}

function toClock(row: ClockRow): CustomerClock {
  return {
    id: row.id,
    customer: {
      id: row.customer.id,
      key: row.customer.key,
      name: row.customer.name,
      language: row.customer.language,
      authority: row.customer.authority,
      breachContacts: row.customer.contacts
        .filter((c) => c.roles.includes("breach"))
        .map((c) => ({ name: c.name, email: c.email, phone: c.phone })),
    },
    notifyDeadline: row.notifyDeadline,
    notifiedAt: row.notifiedAt,
    notifiedVia: row.notifiedVia,
    notifiedTo: row.notifiedTo,
    notificationMessageId: row.notificationMessageId,
    notificationRetryAt: row.notificationRetryAt,
    notificationError: row.notificationError,
    authorityDeadline: row.authorityDeadline,
    authorityDecision: row.authorityDecision as AuthorityDecision,
    authorityDecisionAt: row.authorityDecisionAt,
    authorityDecisionNote: row.authorityDecisionNote,
  };
}

/** Bijlage 3 fields as incident columns. */
export function detailColumns(details: BreachDetails) {
  return {
    description: details.description,
    consequences: details.consequences,
    breachStartedAt: details.breachStartedAt,
    breachEndedAt: details.breachEndedAt,
    ongoing: details.ongoing,
    natureAvailability: details.nature.includes("availability"),
    natureIntegrity: details.nature.includes("integrity"),
    natureConfidentiality: details.nature.includes("confidentiality"),
    dataCategories: details.dataCategories,
    specialCategories: details.specialCategories,
    recordsMin: details.records.min,
    recordsMax: details.records.max,
    subjectsMin: details.subjects.min,
    subjectsMax: details.subjects.max,
    measures: details.measures,
    contactName: details.contact.name,
    contactEmail: details.contact.email,
    contactPhone: details.contact.phone,
  };
}

/** What the audit log keeps of an incident: its fields and clocks, without the message bookkeeping. */
export function auditSnapshot(incident: Incident) {
  const {
    message: _message,
    channelLanguage: _language,
    reporterName: _reporter,
    reporter: _reporterIdentity,
    customers,
    ...rest
  } = incident;
  return {
    ...rest,
    customers: customers.map(({ customer, ...clock }) => ({ ...clock, customer: customer.key })),
  };
}
