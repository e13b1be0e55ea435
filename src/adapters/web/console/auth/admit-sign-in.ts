// Whether the person a sign-in names may use the console: their staff account, their standing
// towards our organisation, and the permission model's answer for `deadlines.read` (every granted
// role has it; a member without a role, a reporter, does not). A refusal is audited and says,
// in the person's language, which role would open the console and the command that grants it.

import { type AccessControl, AccessRefusal, authorize } from "../../../../domain/access/access-control.ts";
import { refusalText } from "../../../../domain/access/refusal-text.ts";
import type { Standing } from "../../../../domain/access/roles.ts";
import { t } from "../../../../domain/i18n/translate.ts";
import type { Actor, Language } from "../../../../domain/ports.ts";
import type { Db } from "../../../db/repositories/audit.ts";
import {
  accountOfEmail,
  type ConsoleAccount,
  chatAccounts,
} from "../../../db/repositories/console-accounts.ts";
import type { SignInIdentity } from "./claims-identity.ts";

export type Admission =
  | { admitted: true; actor: Actor; account: ConsoleAccount; language: Language }
  | { admitted: false; refusal: string; language: Language };

export interface AdmissionDeps {
  prisma: Db;
  access: AccessControl;
  /** Our Microsoft tenant: an Entra sign-in from another tenant is an outsider. Undefined: any. */
  ourTenant?: string;
}

export async function admitSignIn(
  deps: AdmissionDeps,
  identity: SignInIdentity,
  browserLanguage: Language,
): Promise<Admission> {
  if (identity.kind === "unverified") {
    return {
      admitted: false,
      refusal: t(browserLanguage, "console.auth.unverified"),
      language: browserLanguage,
    };
  }
  const { actor, account } = await actorOf(deps, identity);
  const language = account?.language ?? browserLanguage;
  try {
    await authorize(deps.access, actor, "deadlines.read");
  } catch (error) {
    if (error instanceof AccessRefusal)
      return { admitted: false, refusal: refusalText(language, error), language };
    throw error;
  }
  // A granted role lives on an account, so one was found.
  if (!account) throw new Error("console sign-in admitted without a staff account");
  return { admitted: true, actor, account, language };
}

/**
 * A one-time link's account: the administrator who made the link named the person, so they stand
 * as a member; the permission model still decides whether their roles open the console.
 */
export async function admitAccount(
  deps: AdmissionDeps,
  account: ConsoleAccount,
  browserLanguage: Language,
): Promise<Admission> {
  const actor: Actor = {
    platform: account.platform,
    userId: account.platformUserId,
    ...(account.workspaceId ? { workspaceId: account.workspaceId } : {}),
    displayName: account.displayName,
    standing: "member",
  };
  const language = account.language ?? browserLanguage;
  try {
    await authorize(deps.access, actor, "deadlines.read");
  } catch (error) {
    if (error instanceof AccessRefusal)
      return { admitted: false, refusal: refusalText(language, error), language };
    throw error;
  }
  return { admitted: true, actor, account, language };
}

async function actorOf(
  deps: AdmissionDeps,
  identity: Exclude<SignInIdentity, { kind: "unverified" }>,
): Promise<{ actor: Actor; account: ConsoleAccount | null }> {
  if (identity.kind === "email") {
    const account = await accountOfEmail(deps.prisma, identity.email);
    const actor: Actor = account
      ? {
          platform: account.platform,
          userId: account.platformUserId,
          ...(account.workspaceId ? { workspaceId: account.workspaceId } : {}),
          displayName: identity.displayName,
          standing: "member",
        }
      : { platform: "web", userId: identity.email, displayName: identity.displayName, standing: "member" };
    return { actor, account };
  }
  const workspaceId = identity.kind === "teams" ? identity.tenantId : identity.teamId;
  const accounts = await chatAccounts(deps.prisma, identity.kind, identity.userId);
  const account =
    accounts.find((a) => a.workspaceId === workspaceId) ?? accounts.find((a) => a.workspaceId === "") ?? null;
  let standing: Standing = "member";
  // Entra ID: a person of another tenant (a guest's home tenant, a customer) is not staff.
  if (identity.kind === "teams" && deps.ourTenant && identity.tenantId !== deps.ourTenant)
    standing = "external";
  // Slack: the grant named another workspace than the one this person signed in from.
  if (identity.kind === "slack" && !account && accounts.length > 0) standing = "external";
  const actor: Actor = {
    platform: identity.kind,
    userId: identity.userId,
    workspaceId,
    displayName: identity.displayName,
    standing,
  };
  return { actor, account };
}
