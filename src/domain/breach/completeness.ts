// How much of the Bijlage 3 notification form is filled in. A report may start incomplete
// (GDPR art. 33(4)); the incident shows what is still missing so it gets completed.
import { isKnownCount } from "./count-estimate.ts";
import type { BreachDetails } from "./incident.ts";

/** The eight items of Bijlage 3, in the contract's order. */
export const BIJLAGE3_ITEMS = [
  "description",
  "consequences",
  "duration",
  "nature",
  "dataCategories",
  "counts",
  "measures",
  "contact",
] as const;
export type Bijlage3Item = (typeof BIJLAGE3_ITEMS)[number];

const isFilled: Record<Bijlage3Item, (d: BreachDetails) => boolean> = {
  description: (d) => d.description.trim() !== "",
  consequences: (d) => d.consequences !== null,
  duration: (d) => d.ongoing !== null || d.breachStartedAt !== null,
  nature: (d) => d.nature.length > 0,
  dataCategories: (d) => d.dataCategories !== null,
  // Field 6 asks for both numbers: of records and of data subjects.
  counts: (d) => isKnownCount(d.records) && isKnownCount(d.subjects),
  measures: (d) => d.measures !== null,
  // Field 8: a name and a way to reach that person.
  contact: (d) => d.contact.name !== null && (d.contact.email !== null || d.contact.phone !== null),
};

export interface Completeness {
  filled: number;
  total: number;
  missing: Bijlage3Item[];
}

export function assessCompleteness(details: BreachDetails): Completeness {
  const missing = BIJLAGE3_ITEMS.filter((item) => !isFilled[item](details));
  return { filled: BIJLAGE3_ITEMS.length - missing.length, total: BIJLAGE3_ITEMS.length, missing };
}
