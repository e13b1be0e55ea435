// One-time sign-in links to the console (`dpa-bot console link`): a random token whose SHA-256
// alone is stored, bound to one staff account, valid 15 minutes, usable once. Who made a link and
// who used it are both audited (Bijlage 2: named accounts, logged use).
import type { Actor } from "../../../domain/ports.ts";
import { hashToken, newToken } from "./approval-links.ts";
import { type Db, ensureAccount, recordAudit } from "./audit.ts";
import { CONSOLE_ACCOUNT_FIELDS, type ConsoleAccount } from "./console-accounts.ts";

export const SIGN_IN_LINK_MINUTES = 15;

export type LinkAccount = ConsoleAccount;

export async function issueSignInLink(
  db: Db,
  request: { account: LinkAccount; operator: Actor; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(request.now.getTime() + SIGN_IN_LINK_MINUTES * 60_000);
  await ensureAccount(db, request.operator);
  const link = await db.consoleSignInLink.create({
    data: {
      tokenHash: hashToken(token),
      accountId: request.account.id,
      createdByPlatform: request.operator.platform,
      createdByUserId: request.operator.userId,
      createdAt: request.now,
      expiresAt,
    },
    select: { id: true },
  });
  await recordAudit(db, request.operator, {
    action: "console.link_created",
    entityType: "Account",
    entityId: request.account.id,
    after: { link: link.id, expiresAt },
  });
  return { token, expiresAt };
}

export type SignInLinkLookup =
  | { status: "ok"; linkId: string; account: LinkAccount }
  | { status: "invalid" | "used" | "expired" };

export async function findSignInLink(db: Db, token: string, now: Date): Promise<SignInLinkLookup> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const link = await db.consoleSignInLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { account: { select: CONSOLE_ACCOUNT_FIELDS } },
  });
  if (!link) return { status: "invalid" };
  if (link.usedAt) return { status: "used" };
  if (link.expiresAt <= now) return { status: "expired" };
  return { status: "ok", linkId: link.id, account: link.account };
}

/**
 * Marks the link used, once: of two browsers posting it at the same moment only one gets true.
 * Audited under the person it signs in.
 */
export async function consumeSignInLink(
  db: Db,
  link: { linkId: string; account: LinkAccount },
  now: Date,
): Promise<boolean> {
  const used = await db.consoleSignInLink.updateMany({
    where: { id: link.linkId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return false;
  const { account } = link;
  await recordAudit(
    db,
    { platform: account.platform, userId: account.platformUserId, displayName: account.displayName },
    {
      action: "console.link_used",
      entityType: "Account",
      entityId: account.id,
      after: { link: link.linkId },
    },
  );
  return true;
}
