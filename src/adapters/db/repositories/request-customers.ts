// The customer register as data-subject requests read it: an active customer with its contacts,
// for routing (art. 8 DPA).
import type { RequestCustomers } from "../../../domain/dsr/request-repository.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { isUuid, requestInclude, toRequestCustomer } from "./request-records.ts";

export function createRequestCustomers(prisma: PrismaClient): RequestCustomers {
  return {
    async findActive(id) {
      if (!isUuid(id)) return null;
      const row = await prisma.customer.findFirst({
        where: { id, archivedAt: null },
        include: requestInclude.customer.include,
      });
      return row ? toRequestCustomer(row) : null;
    },
  };
}
