// Reads the facts behind every open clock: incidents, requests, approvals and the customer register.
// The domain decides what is open (src/domain/reminders/open-clocks.ts); the queries only narrow
// the rows down to candidates, so the same decision applies when scheduling, at send time and in
// the digest.
import { ENTITY_TYPES, type OpenClock } from "../../../domain/reminders/clocks.ts";
import {
  type CustomerClockSettings,
  clocksOfApproval,
  clocksOfCustomer,
  clocksOfIncidentCustomer,
  clocksOfRequest,
} from "../../../domain/reminders/open-clocks.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { Db } from "./audit.ts";
import {
  approvalFacts,
  approvalInclude,
  incidentCustomerFacts,
  incidentCustomerInclude,
  pendingProposalApproval,
  proposalApprovalFacts,
  proposalApprovalInclude,
  requestFacts,
  requestInclude,
} from "./reminder-clock-facts.ts";

const customerSelect = {
  id: true,
  name: true,
  contractStart: true,
  contractEnd: true,
  retentionDaysAfterEnd: true,
  reviewIntervalMonths: true,
  lastSecurityReviewAt: true,
  createdAt: true,
  archivedAt: true,
} satisfies Prisma.CustomerSelect;

/**
 * Which entities to read: some by id (a change, the check before a post), or a page of those that may
 * have open clocks, in id order (the full pass and the digest walk them without loading all at once).
 */
export type EntitySelection = { ids: string[] } | { after: string | null; take: number };

/** The entities of one kind and their open clocks, as of `now`. */
export interface EntityClocks {
  entityId: string;
  clocks: OpenClock[];
}

/**
 * One kind of entity that holds clocks. Adding a kind is one source: the query of its facts, with
 * the filter that narrows it to the rows that may be open. Its table needs the clock_check trigger
 * (prisma/migrations/*_clock_check) so that a change reaches the scheduler.
 */
export interface ClockSource {
  entityType: string;
  load(
    db: Db,
    selection: EntitySelection,
    now: Date,
    settings: CustomerClockSettings,
  ): Promise<EntityClocks[]>;
}

/** The Prisma `where` and paging of a selection, given the filter of possibly open rows. */
function paged<W extends object>(
  selection: EntitySelection,
  open: W,
): { where: W; orderBy?: { id: "asc" }; take?: number } {
  if ("ids" in selection) return { where: { id: { in: selection.ids } } as W };
  return {
    where: selection.after === null ? open : ({ AND: [open, { id: { gt: selection.after } }] } as W),
    orderBy: { id: "asc" as const },
    take: selection.take,
  };
}

export const CLOCK_SOURCES: ClockSource[] = [
  {
    entityType: ENTITY_TYPES.incidentCustomer,
    async load(db, selection) {
      const open: Prisma.IncidentCustomerWhereInput = {
        incident: { status: "open" },
        OR: [{ notifiedAt: null }, { authorityDecision: "pending" }],
      };
      const rows = await db.incidentCustomer.findMany({
        ...paged(selection, open),
        include: incidentCustomerInclude,
      });
      return rows.map((row) => ({
        entityId: row.id,
        clocks: clocksOfIncidentCustomer(incidentCustomerFacts(row)),
      }));
    },
  },
  {
    entityType: ENTITY_TYPES.request,
    async load(db, selection) {
      const open: Prisma.DataSubjectRequestWhereInput = { status: { in: ["received", "forwarded"] } };
      const rows = await db.dataSubjectRequest.findMany({
        ...paged(selection, open),
        include: requestInclude,
      });
      return rows.map((row) => ({ entityId: row.id, clocks: clocksOfRequest(requestFacts(row)) }));
    },
  },
  {
    entityType: ENTITY_TYPES.approval,
    async load(db, selection) {
      const open: Prisma.CustomerSubProcessorWhereInput = { status: "pending" };
      const rows = await db.customerSubProcessor.findMany({
        ...paged(selection, open),
        include: approvalInclude,
      });
      return rows.map((row) => ({ entityId: row.id, clocks: clocksOfApproval(approvalFacts(row)) }));
    },
  },
  {
    // Art. 9 DPA: the approvals asked through a proposal. A withdrawn proposal has no open clocks,
    // also when its rows are read by id (a change, the check before a post).
    entityType: ENTITY_TYPES.proposalCustomer,
    async load(db, selection) {
      const query = paged<Prisma.ProposalCustomerWhereInput>(selection, pendingProposalApproval);
      if ("ids" in selection) query.where = { AND: [query.where, pendingProposalApproval] };
      const rows = await db.proposalCustomer.findMany({ ...query, include: proposalApprovalInclude });
      return rows.map((row) => ({
        entityId: row.id,
        clocks: clocksOfApproval(proposalApprovalFacts(row)),
      }));
    },
  },
  {
    entityType: ENTITY_TYPES.customer,
    async load(db, selection, now, settings) {
      const open: Prisma.CustomerWhereInput = { archivedAt: null };
      const rows = await db.customer.findMany({ ...paged(selection, open), select: customerSelect });
      return rows.map((row) => ({ entityId: row.id, clocks: clocksOfCustomer(row, now, settings) }));
    },
  },
];

export function clockSourceOf(entityType: string): ClockSource | undefined {
  return CLOCK_SOURCES.find((source) => source.entityType === entityType);
}

/** Every page of open entities of every kind, `pageSize` entities at a time. */
export async function* pagesOfOpenClocks(
  db: Db,
  now: Date,
  settings: CustomerClockSettings,
  pageSize = 1_000,
): AsyncGenerator<{ entityType: string; entities: EntityClocks[] }> {
  for (const source of CLOCK_SOURCES) {
    let after: string | null = null;
    for (;;) {
      const entities = await source.load(db, { after, take: pageSize }, now, settings);
      if (entities.length === 0) break;
      yield { entityType: source.entityType, entities };
      after = entities[entities.length - 1]!.entityId;
      if (entities.length < pageSize) break;
    }
  }
}

/** Every open clock, as of `now` (the digest, which shows them all). */
export async function loadOpenClocks(
  db: Db,
  now: Date,
  settings: CustomerClockSettings,
): Promise<OpenClock[]> {
  const clocks: OpenClock[] = [];
  for await (const page of pagesOfOpenClocks(db, now, settings, 5_000)) {
    for (const entity of page.entities) clocks.push(...entity.clocks);
  }
  return clocks;
}

/** The open clocks of one entity, read fresh: the check right before a reminder is posted. */
export async function loadOpenClocksOf(
  db: Db,
  entityType: string,
  entityId: string,
  now: Date,
  settings: CustomerClockSettings,
): Promise<OpenClock[]> {
  const source = clockSourceOf(entityType);
  if (!source) return [];
  const [entity] = await source.load(db, { ids: [entityId] }, now, settings);
  return entity?.clocks ?? [];
}
