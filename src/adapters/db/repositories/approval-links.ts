// Personal decision links (art. 9 DPA, by e-mail): a random token whose SHA-256 alone is stored,
// bound to one contact and one request (so one customer and proposal), expiring, usable once.
// Each e-mail of a request carries a link of its own, and a new one never revokes those before it:
// an e-mail sent again (its sender's lease ran out, or the mail server never confirmed the first)
// must not cut off a link that may already be in the approver's mailbox. Only a link whose e-mail
// certainly did not go out is revoked; once the customer has decided, every link shows that.
import { createHash, randomBytes } from "node:crypto";
import type { Language } from "../../../domain/i18n/languages.ts";
import type { Db } from "./audit.ts";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A new link for one e-mail of a request; the links of earlier e-mails keep working. */
export async function issueApprovalLink(
  db: Db,
  request: { approvalRequestId: string; contactId: string; now: Date; expiresAt: Date },
): Promise<{ id: string; token: string }> {
  const token = newToken();
  const link = await db.approvalLink.create({
    data: {
      approvalRequestId: request.approvalRequestId,
      contactId: request.contactId,
      tokenHash: hashToken(token),
      expiresAt: request.expiresAt,
      createdAt: request.now,
    },
    select: { id: true },
  });
  return { id: link.id, token };
}

/** For a link whose e-mail certainly never left: nobody holds it, so nobody may use it. */
export async function revokeApprovalLink(db: Db, id: string, now: Date): Promise<void> {
  await db.approvalLink.updateMany({ where: { id, usedAt: null }, data: { revokedAt: now } });
}

export type LinkLookup =
  | {
      status: "ok";
      linkId: string;
      contactId: string;
      approvalId: string;
      contactName: string;
      contactEmail: string;
      csrfHash: string | null;
    }
  | { status: "invalid" }
  /** A real link, no longer usable: answered in its customer's language, naming its request. */
  | { status: "expired" | "used"; language: Language; approvalId: string };

/** What a token opens: nothing for an unknown token (forged), a reason for a dead one. */
export async function findApprovalLink(db: Db, token: string, now: Date): Promise<LinkLookup> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const link = await db.approvalLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      approvalRequest: {
        select: {
          proposalCustomerId: true,
          proposalCustomer: { select: { customer: { select: { language: true } } } },
        },
      },
    },
  });
  if (!link || link.revokedAt) return { status: "invalid" };
  const language = link.approvalRequest.proposalCustomer.customer.language;
  const approvalId = link.approvalRequest.proposalCustomerId;
  if (link.usedAt) return { status: "used", language, approvalId };
  if (link.expiresAt <= now) return { status: "expired", language, approvalId };
  const contact = await db.contact.findUnique({ where: { id: link.contactId } });
  if (!contact) return { status: "invalid" };
  return {
    status: "ok",
    linkId: link.id,
    contactId: link.contactId,
    approvalId: link.approvalRequest.proposalCustomerId,
    contactName: contact.name,
    contactEmail: contact.email,
    csrfHash: link.csrfHash,
  };
}

export async function setLinkCsrf(db: Db, linkId: string, csrfHash: string): Promise<void> {
  await db.approvalLink.update({ where: { id: linkId }, data: { csrfHash } });
}
