// The language someone chose, or their workspace's: the first two steps of choosing the language
// the bot speaks to a person (then the platform's locale, then DEFAULT_LANGUAGE).
import type { Language } from "../../../domain/ports.ts";
import type { Db } from "./audit.ts";

export async function findLanguagePreference(
  db: Db,
  platform: "slack" | "teams",
  workspaceId: string,
  userId: string,
): Promise<Language | null> {
  const account = await db.account.findUnique({
    where: { platform_workspaceId_platformUserId: { platform, workspaceId, platformUserId: userId } },
    select: { language: true },
  });
  if (account?.language) return account.language;
  const workspace = await db.workspace.findUnique({
    where: { platform_externalId: { platform, externalId: workspaceId } },
    select: { language: true },
  });
  return workspace?.language ?? null;
}
