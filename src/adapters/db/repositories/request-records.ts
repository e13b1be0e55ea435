// Rows of DataSubjectRequest as domain requests, and the audit snapshot of a request, which leaves
// out the data subject's details: the audit log is append-only and could never be erased.
import type { DataSubjectRequest, RequestCustomer, RequestType } from "../../../domain/dsr/request.ts";
import type { ChatPlatform, Language } from "../../../domain/ports.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { Db } from "./audit.ts";
import { workspaceLanguageOf } from "./incident-queries.ts";

export const requestInclude = {
  customer: { include: { contacts: { orderBy: { email: "asc" } } } },
} satisfies Prisma.DataSubjectRequestInclude;

type RequestRow = Prisma.DataSubjectRequestGetPayload<{ include: typeof requestInclude }>;
type CustomerRow = RequestRow["customer"];

export function toRequestCustomer(row: CustomerRow): RequestCustomer {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    language: row.language,
    authority: row.authority,
    forwardSlaHours: row.forwardSlaHours,
    contacts: row.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      phone: c.phone,
      roles: c.roles,
      dsrTypes: c.dsrTypes.filter((t): t is RequestType => t !== "other"),
      slackUserId: c.slackUserId,
      teamsUserId: c.teamsUserId,
    })),
  };
}

export function toRequest(
  row: RequestRow,
  reporter: { name: string; channelLanguage: Language | null },
): DataSubjectRequest {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    type: row.type as RequestType,
    customer: toRequestCustomer(row.customer),
    receivedAt: row.receivedAt,
    receivedVia: (row.receivedVia ?? "email") as DataSubjectRequest["receivedVia"],
    subject: row.subjectDetails,
    requestText: row.requestText,
    detailsErasedAt: row.detailsErasedAt,
    forwardDueAt: row.forwardDueAt,
    legalDeadline: row.legalDeadline,
    extendedDeadline: row.extendedDeadline,
    extensionReason: row.extensionReason,
    forwardedAt: row.forwardedAt,
    forwardedVia: row.forwardedVia,
    forwardedTo: row.forwardedToEmails,
    forwardMessageId: row.forwardMessageId,
    forwardError: row.forwardError,
    forwardRetryAt: row.forwardRetryAt,
    forwardAttempts: row.forwardAttempts,
    acknowledgedAt: row.acknowledgedAt,
    minutesSpent: row.minutesSpent,
    costCents: row.costCents,
    reporterName: reporter.name,
    reporterUserId: row.reporterUserId,
    channelLanguage: reporter.channelLanguage,
    registrant:
      row.platform && row.reporterUserId ? { platform: row.platform, userId: row.reporterUserId } : null,
    message:
      row.platform && row.platform !== "cli" && row.platform !== "system" && row.channelId && row.messageId
        ? { platform: row.platform as ChatPlatform, channelId: row.channelId, messageId: row.messageId }
        : null,
    closedAt: row.closedAt,
    closingNote: row.closingNote,
    createdAt: row.createdAt,
  };
}

export async function loadRequestRow(db: Db, where: Prisma.DataSubjectRequestWhereUniqueInput) {
  const row = await db.dataSubjectRequest.findUnique({ where, include: requestInclude });
  if (!row) return null;
  const reporter = row.reporterAccountId
    ? await db.account.findUnique({
        where: { id: row.reporterAccountId },
        select: { displayName: true, platform: true, workspaceId: true },
      })
    : null;
  return toRequest(row, {
    name: reporter?.displayName ?? "",
    channelLanguage: reporter ? await workspaceLanguageOf(db, reporter) : null,
  });
}

/** What the audit log keeps of a request: never the identity or the request text. */
export function requestAuditSnapshot(request: DataSubjectRequest) {
  return {
    reference: request.reference,
    status: request.status,
    customer: request.customer.key,
    type: request.type,
    receivedAt: request.receivedAt,
    receivedVia: request.receivedVia,
    forwardDueAt: request.forwardDueAt,
    legalDeadline: request.legalDeadline,
    extendedDeadline: request.extendedDeadline,
    extensionReason: request.extensionReason,
    forwardedAt: request.forwardedAt,
    forwardedVia: request.forwardedVia,
    forwardedTo: request.forwardedTo,
    acknowledgedAt: request.acknowledgedAt,
    minutesSpent: request.minutesSpent,
    costCents: request.costCents,
    closedAt: request.closedAt,
    closingNote: request.closingNote,
    detailsErasedAt: request.detailsErasedAt,
  };
}

export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
