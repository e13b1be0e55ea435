// Which account a console sign-in is: the staff account of the identity the provider named, so the
// console asks the same permission model about the same grants as Slack, Teams and the CLI.
import type { StaffRole } from "../../../domain/access/roles.ts";
import type { Actor, Language } from "../../../domain/ports.ts";
import type { Db } from "./audit.ts";

export interface ConsoleAccount {
  id: string;
  platform: Actor["platform"];
  platformUserId: string;
  workspaceId: string;
  displayName: string;
  language: Language | null;
  roles: StaffRole[];
}

export const CONSOLE_ACCOUNT_FIELDS = {
  id: true,
  platform: true,
  platformUserId: true,
  workspaceId: true,
  displayName: true,
  language: true,
  roles: true,
} as const;

/** Accounts with a role first: the one that would open the console. */
const byRoles = (a: ConsoleAccount, b: ConsoleAccount) => b.roles.length - a.roles.length;

/** A chat identity's accounts; a workspace given narrows to that workspace (or none recorded). */
export async function chatAccounts(
  db: Db,
  platform: "slack" | "teams",
  userId: string,
): Promise<ConsoleAccount[]> {
  const rows = await db.account.findMany({
    where: { platform, platformUserId: userId },
    select: CONSOLE_ACCOUNT_FIELDS,
  });
  return rows.sort(byRoles);
}

/**
 * The account of a verified e-mail address: the console's own (`staff grant --email`), else a
 * Slack or Teams account whose recorded address it is.
 */
export async function accountOfEmail(db: Db, email: string): Promise<ConsoleAccount | null> {
  const web = await db.account.findMany({
    where: { platform: "web", platformUserId: email.toLowerCase() },
    select: CONSOLE_ACCOUNT_FIELDS,
  });
  if (web.length > 0) return web.sort(byRoles)[0] ?? null;
  const chat = await db.account.findMany({
    where: { platform: { in: ["slack", "teams"] }, email: { equals: email, mode: "insensitive" } },
    select: CONSOLE_ACCOUNT_FIELDS,
  });
  return chat.sort(byRoles)[0] ?? null;
}

/** The account a signed-in person's session names (for their language). */
export async function accountOfSession(
  db: Db,
  who: { platform: Actor["platform"]; userId: string; workspaceId: string },
): Promise<ConsoleAccount | null> {
  const rows = await db.account.findMany({
    where: { platform: who.platform, platformUserId: who.userId },
    select: CONSOLE_ACCOUNT_FIELDS,
  });
  return rows.find((row) => row.workspaceId === who.workspaceId) ?? rows[0] ?? null;
}
