// One change per request, however often the request arrives: a submission's own key (a Slack view
// id, a Teams form's key) is claimed in the transaction that makes the change. A replayed or
// concurrent second delivery waits for the first to commit, finds the key taken and changes
// nothing (Bijlage 2: one change, one audit row; art. 8.3 DPA: time booked once is invoiced once).
import type { Prisma } from "../../../generated/prisma/client.ts";

/** True when this transaction is the first to handle the request (the key is new). */
export async function claimRequest(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "HandledRequest" ("key") VALUES (${key}) ON CONFLICT ("key") DO NOTHING`;
  return inserted === 1;
}
