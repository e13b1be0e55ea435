// The language someone chose, or their workspace's: the first two steps of choosing the language
// the bot speaks to a person (then the platform's locale, then DEFAULT_LANGUAGE).
import type { Language } from "../../../domain/ports.ts";
import type { Db } from "./audit.ts";

/**
 * One statement for both steps: it runs for every command and dialog a person opens, and most
 * people have no choice of their own, which took a second round trip to read the workspace's.
 */
export async function findLanguagePreference(
  db: Db,
  platform: "slack" | "teams",
  workspaceId: string,
  userId: string,
): Promise<Language | null> {
  const [row] = await db.$queryRaw<Array<{ language: Language | null }>>`
    SELECT COALESCE(
      (SELECT language FROM "Account"
        WHERE platform = ${platform}::"Platform" AND "workspaceId" = ${workspaceId}
          AND "platformUserId" = ${userId}),
      (SELECT language FROM "Workspace"
        WHERE platform = ${platform}::"Platform" AND "externalId" = ${workspaceId})
    )::text AS language`;
  return row?.language ?? null;
}
