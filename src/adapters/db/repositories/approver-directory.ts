// The customer register as proposals read it: active customers with their approvers (art. 9 DPA)
// and shared Slack channel.
import type { AffectedCustomer } from "../../../domain/subprocessor/proposal.ts";
import type { ApproverDirectory } from "../../../domain/subprocessor/proposal-repository.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";

export function createApproverDirectory(prisma: PrismaClient): ApproverDirectory {
  return {
    async findAffected(scope): Promise<AffectedCustomer[]> {
      const ids = scope.all ? undefined : scope.ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      const rows = await prisma.customer.findMany({
        where: { archivedAt: null, ...(ids ? { id: { in: ids } } : {}) },
        include: { contacts: { where: { roles: { has: "approver" } }, orderBy: { email: "asc" } } },
        orderBy: { name: "asc" },
      });
      return rows.map((row) => ({
        id: row.id,
        key: row.key,
        name: row.name,
        language: row.language,
        slackChannelId: row.slackChannelId,
        approvers: row.contacts.map((c) => ({
          contactId: c.id,
          name: c.name,
          email: c.email,
          slackUserId: c.slackUserId,
          teamsUserId: c.teamsUserId,
        })),
      }));
    },
  };
}
