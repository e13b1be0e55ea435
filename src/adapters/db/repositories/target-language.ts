// The language of a channel the bot posts to on its own (the daily digest, reminders of no incident):
// its workspace's or tenant's choice (`dpa-bot language set <language> --slack-workspace|--teams-tenant`),
// else DEFAULT_LANGUAGE. The readers are our own staff of that workspace.
import type { ChatTarget, Language } from "../../../domain/ports.ts";
import type { Db } from "./audit.ts";

export async function languageOfTarget(db: Db, target: ChatTarget, fallback: Language): Promise<Language> {
  if (target.platform === "teams") {
    const conversation = await db.conversationReference.findUnique({
      where: { platform_conversationId: { platform: "teams", conversationId: target.channelId } },
      select: { tenantId: true },
    });
    if (!conversation?.tenantId) return fallback;
    const tenant = await db.workspace.findUnique({
      where: { platform_externalId: { platform: "teams", externalId: conversation.tenantId } },
      select: { language: true },
    });
    return tenant?.language ?? fallback;
  }
  // The Slack app lives in one workspace: its choice when one was made (and only one).
  const workspaces = await db.workspace.findMany({
    where: { platform: "slack" },
    select: { language: true },
    take: 2,
  });
  return workspaces.length === 1 ? workspaces[0]!.language : fallback;
}
