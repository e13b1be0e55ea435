// A complete incident value for unit tests of the texts and renderers.
import type { CustomerClock, Incident } from "./incident.ts";

export function testClock(overrides: Partial<CustomerClock> = {}, index = 0): CustomerClock {
  return {
    id: `clock-${index}`,
    customer: {
      id: `customer-${index}`,
      key: `customer-${index}`,
      name: `Customer ${index}`,
      language: "nl",
      authority: "GBA",
      breachContacts: [{ name: "Jan Janssens", email: "jan@example.be", phone: "+32 2 123 45 67" }],
    },
    notifyDeadline: new Date("2026-05-05T08:00:00Z"),
    notifiedAt: null,
    notifiedVia: null,
    notifiedTo: null,
    notificationMessageId: null,
    authorityDeadline: new Date("2026-05-07T08:00:00Z"),
    authorityDecision: "pending",
    authorityDecisionAt: null,
    authorityDecisionNote: null,
    ...overrides,
  };
}

export function testIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    reference: "DL-2026-0007",
    status: "open",
    discoveredAt: new Date("2026-05-04T08:00:00Z"),
    reportedAt: new Date("2026-05-04T08:30:00Z"),
    reporterName: "Steve Peeters",
    channelLanguage: null,
    description: "Laptop stolen from a car",
    consequences: null,
    breachStartedAt: null,
    breachEndedAt: null,
    ongoing: null,
    nature: [],
    dataCategories: null,
    specialCategories: null,
    records: { min: null, max: null },
    subjects: { min: null, max: null },
    measures: null,
    contact: { name: null, email: null, phone: null },
    customers: [testClock()],
    message: null,
    closedAt: null,
    closingNote: null,
    ...overrides,
  };
}
