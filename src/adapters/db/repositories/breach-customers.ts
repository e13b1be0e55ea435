// The customer register as breach reporting reads it: active customers with their breach contacts,
// and the type-ahead of the /datalek form.
import type { BreachCustomer } from "../../../domain/breach/incident.ts";
import type { CustomerDirectory } from "../../../domain/breach/incident-repository.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { searchCustomers } from "./customers.ts";

export function createCustomerDirectory(prisma: PrismaClient): CustomerDirectory {
  return {
    async findActive(ids: string[]): Promise<BreachCustomer[]> {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      const rows = await prisma.customer.findMany({
        where: { id: { in: valid }, archivedAt: null },
        include: { contacts: { where: { roles: { has: "breach" } }, orderBy: { email: "asc" } } },
        orderBy: { name: "asc" },
      });
      return rows.map((row) => ({
        id: row.id,
        key: row.key,
        name: row.name,
        language: row.language,
        authority: row.authority,
        breachContacts: row.contacts.map((c) => ({ name: c.name, email: c.email, phone: c.phone })),
      }));
    },
    async search(query: string, limit: number) {
      const rows = await searchCustomers(prisma, query, limit);
      return rows.map((row) => ({ id: row.id, key: row.key, name: row.name }));
    },
  };
}
