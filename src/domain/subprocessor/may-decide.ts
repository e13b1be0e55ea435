// Art. 9 DPA: consent counts only from the customer's designated approvers (DOMAIN.md). On a chat
// platform the actor's platform identity must be one of that customer's approvers' identities; the
// check knows no platform beyond the name of the identity field.
import type { Actor } from "../ports.ts";
import type { Approver } from "./proposal.ts";

export function approverOf(actor: Actor, approvers: Approver[]): Approver | null {
  if (actor.platform === "slack") return approvers.find((a) => a.slackUserId === actor.userId) ?? null;
  if (actor.platform === "teams") return approvers.find((a) => a.teamsUserId === actor.userId) ?? null;
  return null;
}
