// The customer register in PostgreSQL: import (idempotent by key, all or nothing), list, search.
import type { CustomerEntry, CustomerRegisterFile } from "../../../domain/customer/customer-register-file.ts";
import type { Actor } from "../../../domain/ports.ts";
import { hasAdequacyDecision, isInEea } from "../../../domain/subprocessor/eea.ts";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";

export interface ImportSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
}

const customerWithRegister = {
  contacts: { orderBy: { email: "asc" } },
  subProcessors: { include: { subProcessor: true }, orderBy: { subProcessor: { name: "asc" } } },
} satisfies Prisma.CustomerInclude;

type CustomerWithRegister = Prisma.CustomerGetPayload<{ include: typeof customerWithRegister }>;

/**
 * Creates or updates every customer of the file in one transaction: a failure imports nothing.
 * A customer whose stored register already equals its entry is left untouched (no write, no audit
 * row), so importing the same file twice changes nothing the second time.
 */
export async function importCustomers(
  prisma: PrismaClient,
  file: CustomerRegisterFile,
  actor: Actor,
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: [], updated: [], unchanged: [] };
  await prisma.$transaction(
    async (tx) => {
      await ensureAccount(tx, actor);
      for (const entry of file.customers) {
        const existing = await tx.customer.findUnique({
          where: { key: entry.key },
          include: customerWithRegister,
        });
        // Sub-processors approved through a proposal (art. 9 DPA) are not in the file: not a change.
        const before = existing ? registerSnapshot(existing, { fileRowsOnly: true }) : undefined;
        const after = entrySnapshot(entry);
        if (before && JSON.stringify(before) === JSON.stringify(after)) {
          summary.unchanged.push(entry.key);
          continue;
        }
        const customerId = await writeCustomer(tx, entry, existing);
        await recordAudit(tx, actor, {
          action: existing ? "customer.updated" : "customer.created",
          entityType: "Customer",
          entityId: customerId,
          before,
          after,
        });
        (existing ? summary.updated : summary.created).push(entry.key);
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return summary;
}

async function writeCustomer(
  tx: Prisma.TransactionClient,
  entry: CustomerEntry,
  existing: CustomerWithRegister | null,
): Promise<string> {
  const fields = {
    name: entry.name,
    enterpriseNumber: entry.enterpriseNumber ?? null,
    language: entry.language,
    authority: entry.authority,
    forwardSlaHours: entry.forwardSlaHours ?? null,
    contractStart: toDate(entry.contractStart),
    contractEnd: toDate(entry.contractEnd),
    retentionDaysAfterEnd: entry.retentionDaysAfterEnd ?? null,
    reviewIntervalMonths: entry.reviewIntervalMonths ?? null,
    processingNature: entry.processing?.nature ?? null,
    processingPurpose: entry.processing?.purpose ?? null,
    dataCategories: entry.processing?.dataCategories ?? [],
    dataSubjectCategories: entry.processing?.dataSubjectCategories ?? [],
    slackChannelId: entry.slackChannelId ?? null,
  };
  const customer = await tx.customer.upsert({
    where: { key: entry.key },
    create: { key: entry.key, ...fields },
    update: fields,
    select: { id: true },
  });

  // Contacts are matched by e-mail: the file is the truth for the listed customer.
  const listedEmails = entry.contacts.map((c) => c.email.toLowerCase());
  await tx.contact.deleteMany({ where: { customerId: customer.id, email: { notIn: listedEmails } } });
  for (const contact of entry.contacts) {
    const data = {
      name: contact.name,
      phone: contact.phone ?? null,
      roles: contact.roles,
      slackUserId: contact.slackUserId ?? null,
      teamsUserId: contact.teamsUserId ?? null,
      dsrTypes: contact.dsrTypes,
    };
    await tx.contact.upsert({
      where: { customerId_email: { customerId: customer.id, email: contact.email.toLowerCase() } },
      create: { customerId: customer.id, email: contact.email.toLowerCase(), ...data },
      update: data,
    });
  }

  // Sub-processors listed in the register are the ones the customer already approved (art. 9 DPA).
  // Ones not listed are left as they are: withdrawing consent is a decision, not an import side effect.
  for (const sub of entry.subprocessors) {
    const mechanism = transferMechanism(sub);
    const subProcessor = await tx.subProcessor.upsert({
      where: { name: sub.name },
      create: { name: sub.name, country: sub.country, mechanism },
      update: { country: sub.country, mechanism },
      select: { id: true },
    });
    const approval = {
      purpose: sub.purpose,
      nonEeaConsent: sub.nonEeaConsent,
      consentReference: sub.consentReference ?? null,
    };
    const prior = existing?.subProcessors.find((link) => link.subProcessorId === subProcessor.id);
    await tx.customerSubProcessor.upsert({
      where: { customerId_subProcessorId: { customerId: customer.id, subProcessorId: subProcessor.id } },
      create: { customerId: customer.id, subProcessorId: subProcessor.id, status: "approved", ...approval },
      update:
        prior?.status === "approved" ? approval : { ...approval, status: "approved", decidedAt: new Date() },
    });
  }
  return customer.id;
}

/** Art. 3.7 DPA: the mechanism as stated, else the one the destination implies (SCC outside adequacy). */
function transferMechanism(sub: { country: string; mechanism?: "adequacy" | "scc" | "bcr" | null }) {
  if (sub.mechanism) return sub.mechanism;
  if (isInEea(sub.country)) return "none" as const;
  return hasAdequacyDecision(sub.country) ? ("adequacy" as const) : ("scc" as const);
}

function toDate(text: string | null | undefined): Date | null {
  return text ? new Date(`${text}T00:00:00Z`) : null;
}

function fromDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The register as stored, in the shape of a file entry: what an import compares with. */
export function registerSnapshot(customer: CustomerWithRegister, options: { fileRowsOnly?: boolean } = {}) {
  return {
    key: customer.key,
    name: customer.name,
    enterpriseNumber: customer.enterpriseNumber,
    language: customer.language,
    authority: customer.authority,
    forwardSlaHours: customer.forwardSlaHours,
    contractStart: fromDate(customer.contractStart),
    contractEnd: fromDate(customer.contractEnd),
    retentionDaysAfterEnd: customer.retentionDaysAfterEnd,
    reviewIntervalMonths: customer.reviewIntervalMonths,
    processing: {
      nature: customer.processingNature,
      purpose: customer.processingPurpose,
      dataCategories: customer.dataCategories,
      dataSubjectCategories: customer.dataSubjectCategories,
    },
    slackChannelId: customer.slackChannelId,
    contacts: customer.contacts.map((c) => ({
      name: c.name,
      email: c.email,
      phone: c.phone,
      roles: [...c.roles].sort(),
      slackUserId: c.slackUserId,
      teamsUserId: c.teamsUserId,
      dsrTypes: [...c.dsrTypes].sort(),
    })),
    subprocessors: customer.subProcessors
      .filter((link) => link.status === "approved" && !(options.fileRowsOnly && link.proposalId !== null))
      .map((link) => ({
        name: link.subProcessor.name,
        purpose: link.purpose,
        country: link.subProcessor.country,
        mechanism: link.subProcessor.mechanism,
        nonEeaConsent: link.nonEeaConsent,
        consentReference: link.consentReference,
      })),
  };
}

function entrySnapshot(entry: CustomerEntry): ReturnType<typeof registerSnapshot> {
  return {
    key: entry.key,
    name: entry.name,
    enterpriseNumber: entry.enterpriseNumber ?? null,
    language: entry.language,
    authority: entry.authority,
    forwardSlaHours: entry.forwardSlaHours ?? null,
    contractStart: entry.contractStart ?? null,
    contractEnd: entry.contractEnd ?? null,
    retentionDaysAfterEnd: entry.retentionDaysAfterEnd ?? null,
    reviewIntervalMonths: entry.reviewIntervalMonths ?? null,
    processing: {
      nature: entry.processing?.nature ?? null,
      purpose: entry.processing?.purpose ?? null,
      dataCategories: entry.processing?.dataCategories ?? [],
      dataSubjectCategories: entry.processing?.dataSubjectCategories ?? [],
    },
    slackChannelId: entry.slackChannelId ?? null,
    contacts: [...entry.contacts]
      .map((c) => ({
        name: c.name,
        email: c.email.toLowerCase(),
        phone: c.phone ?? null,
        roles: [...new Set(c.roles)].sort(),
        slackUserId: c.slackUserId ?? null,
        teamsUserId: c.teamsUserId ?? null,
        dsrTypes: [...new Set(c.dsrTypes)].sort(),
      }))
      .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0)),
    subprocessors: [...entry.subprocessors]
      .map((s) => ({
        name: s.name,
        purpose: s.purpose,
        country: s.country,
        mechanism: transferMechanism(s),
        nonEeaConsent: s.nonEeaConsent,
        consentReference: s.consentReference ?? null,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}

/** Every customer with its register, ordered by key. */
export async function listCustomers(db: Db) {
  const customers = await db.customer.findMany({ include: customerWithRegister, orderBy: { key: "asc" } });
  return customers.map((customer) => registerSnapshot(customer));
}

/** Type-ahead: customers whose name or key contains `query`, best (prefix) matches first. */
export async function searchCustomers(db: Db, query: string, limit = 100) {
  const text = query.trim();
  const customers = await db.customer.findMany({
    where: {
      archivedAt: null,
      ...(text
        ? {
            OR: [
              { name: { contains: text, mode: "insensitive" } },
              { key: { contains: text.toLowerCase() } },
              { enterpriseNumber: { contains: text.replace(/[\s.]/g, ""), mode: "insensitive" } },
            ],
          }
        : {}),
    },
    select: { id: true, key: true, name: true, language: true },
    orderBy: { name: "asc" },
    take: Math.max(limit * 3, limit),
  });
  const lower = text.toLowerCase();
  const prefix = (c: { name: string; key: string }) =>
    c.name.toLowerCase().startsWith(lower) || c.key.startsWith(lower) ? 0 : 1;
  return customers.sort((a, b) => prefix(a) - prefix(b)).slice(0, limit);
}

export async function findCustomersByIds(db: Db, ids: string[]) {
  return db.customer.findMany({
    where: { id: { in: ids } },
    include: { contacts: true },
    orderBy: { name: "asc" },
  });
}
