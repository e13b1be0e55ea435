// Readable references (DL-2026-0007) from ReferenceCounter: one atomic upsert-increment, so two
// reports at the same moment never get the same number. Inside the caller's transaction, a report
// that fails gives its number back.
import type { Db } from "./audit.ts";

export async function nextReference(db: Db, prefix: string, year: number): Promise<string> {
  const rows = await db.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "ReferenceCounter" ("prefix", "year", "last") VALUES (${prefix}, ${year}, 1)
    ON CONFLICT ("prefix", "year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
    RETURNING "last"`;
  const last = Number(rows[0]!.last);
  return `${prefix}-${year}-${String(last).padStart(4, "0")}`;
}
