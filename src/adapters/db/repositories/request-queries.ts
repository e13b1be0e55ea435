// Reading the request register for the CLI and exports, and auditing when it includes the data
// subjects' details (Bijlage 2: logged use).
import type { DataSubjectRequest } from "../../../domain/dsr/request.ts";
import type { Actor } from "../../../domain/ports.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";
import { requestInclude, toRequest } from "./request-records.ts";

/** Every request, oldest first. */
export async function listRequests(db: Db, options: { open?: boolean } = {}): Promise<DataSubjectRequest[]> {
  const rows = await db.dataSubjectRequest.findMany({
    where: options.open ? { status: { in: ["received", "forwarded"] } } : {},
    include: requestInclude,
    orderBy: [{ receivedAt: "asc" }, { reference: "asc" }],
  });
  const ids = [...new Set(rows.map((r) => r.reporterAccountId).filter((id): id is string => id !== null))];
  const accounts = await db.account.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true, platform: true, workspaceId: true },
  });
  // The language of each reporter's workspace: the language their requests' messages speak.
  const workspaces =
    accounts.length === 0
      ? []
      : await db.workspace.findMany({
          where: { OR: accounts.map((a) => ({ platform: a.platform, externalId: a.workspaceId })) },
          select: { platform: true, externalId: true, language: true },
        });
  const languages = new Map(workspaces.map((w) => [`${w.platform}/${w.externalId}`, w.language]));
  const reporters = new Map(
    accounts.map((a) => [
      a.id,
      { name: a.displayName, channelLanguage: languages.get(`${a.platform}/${a.workspaceId}`) ?? null },
    ]),
  );
  const unknown = { name: "", channelLanguage: null };
  return rows.map((row) => toRequest(row, reporters.get(row.reporterAccountId ?? "") ?? unknown));
}

/** One audit row per request whose details were read out, under the operator's name. */
export async function auditPersonalDataUse(
  prisma: PrismaClient,
  requests: DataSubjectRequest[],
  actor: Actor,
  purpose: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await ensureAccount(tx, actor);
    for (const request of requests) {
      await recordAudit(tx, actor, {
        action: "request.personal_data_read",
        entityType: "DataSubjectRequest",
        entityId: request.id,
        after: { reference: request.reference, purpose },
      });
    }
  });
}
