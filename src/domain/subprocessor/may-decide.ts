// Art. 9 DPA: consent counts only from the customer's designated approvers (DOMAIN.md). On a chat
// platform the actor's platform identity must be one of that customer's approvers' identities; the
// check knows no platform beyond the name of the identity field.
import type { AccessObject, Identity } from "../access/decide-access.ts";
import type { Actor } from "../ports.ts";
import type { Approver } from "./proposal.ts";

export function approverOf(actor: Actor, approvers: Approver[]): Approver | null {
  if (actor.platform === "slack") return approvers.find((a) => a.slackUserId === actor.userId) ?? null;
  if (actor.platform === "teams") return approvers.find((a) => a.teamsUserId === actor.userId) ?? null;
  return null;
}

/**
 * One customer's approval as the permission model sees it: whom it belongs to decide. On the
 * decision page the identity is the contact the personal link was sent to.
 */
export function approvalObject(approvalId: string, approvers: Approver[]): AccessObject {
  const identities: Identity[] = approvers.flatMap((a) => [
    { platform: "email" as const, userId: a.contactId },
    ...(a.slackUserId ? [{ platform: "slack" as const, userId: a.slackUserId }] : []),
    ...(a.teamsUserId ? [{ platform: "teams" as const, userId: a.teamsUserId }] : []),
  ]);
  return { type: "CustomerSubProcessor", id: approvalId, approvers: identities };
}
