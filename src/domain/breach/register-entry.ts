// The incident and data breach register (Bijlage 3) as data: every incident, notified or not, with
// every Bijlage 3 field and every clock. The penalty is the art. 6.5 amount at notification, or the
// exposure so far for a customer not yet informed.
import { clockState } from "./clock-state.ts";
import type { Incident } from "./incident.ts";

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export function toRegisterEntry(incident: Incident, now: Date) {
  return {
    reference: incident.reference,
    status: incident.status,
    discoveredAt: iso(incident.discoveredAt),
    reportedAt: iso(incident.reportedAt),
    reporter: incident.reporterName,
    description: incident.description,
    consequences: incident.consequences,
    breachStartedAt: iso(incident.breachStartedAt),
    breachEndedAt: iso(incident.breachEndedAt),
    ongoing: incident.ongoing,
    nature: incident.nature,
    dataCategories: incident.dataCategories,
    specialCategories: incident.specialCategories,
    records: incident.records,
    subjects: incident.subjects,
    measures: incident.measures,
    contact: incident.contact,
    closedAt: iso(incident.closedAt),
    closingNote: incident.closingNote,
    customers: incident.customers.map((clock) => ({
      key: clock.customer.key,
      name: clock.customer.name,
      authority: clock.customer.authority,
      notifyDeadline: iso(clock.notifyDeadline),
      notifiedAt: iso(clock.notifiedAt),
      notifiedVia: clock.notifiedVia,
      notifiedTo: clock.notifiedTo,
      notificationMessageId: clock.notificationMessageId,
      penaltyCents: clockState(clock, now).penaltyCents,
      authorityDeadline: iso(clock.authorityDeadline),
      authorityDecision: clock.authorityDecision,
      authorityDecisionAt: iso(clock.authorityDecisionAt),
      authorityDecisionNote: clock.authorityDecisionNote,
    })),
  };
}

export type RegisterEntry = ReturnType<typeof toRegisterEntry>;
