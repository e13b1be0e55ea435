// "May this person do this to this object": one pure answer for every front door. Use cases ask it
// through `authorize` before they change anything; front doors ask it through `may` before they
// open a dialog, so nobody fills in a form only to be refused.
import type { Actor } from "../ports.ts";
import { type Capability, GRANTS } from "./capabilities.ts";
import type { StaffRole, Standing } from "./roles.ts";

/** A person as the model sees them: their account, granted roles and standing. */
export interface Principal {
  actor: Pick<Actor, "platform" | "userId">;
  roles: readonly StaffRole[];
  standing: Standing;
}

/** Someone's identity on one platform, as objects record their reporter or approvers. */
export interface Identity {
  platform: Actor["platform"];
  userId: string;
}

/** What the object says about who it belongs to; absent for actions on no particular object. */
export interface AccessObject {
  type: string;
  id: string;
  /** Who reported the incident or registered the request. */
  owner?: Identity | null;
  /** A sub-processor approval: the customer's designated approvers' identities. */
  approvers?: readonly Identity[];
}

export type AccessDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** "standing": a guest or outsider; "role": a grant is missing; "object": not theirs to decide. */
      reason: "standing" | "role" | "object";
      /** The roles that would allow it (empty when none would). */
      needs: readonly StaffRole[];
    };

const sameIdentity = (a: Identity, b: Identity) => a.platform === b.platform && a.userId === b.userId;

export function decideAccess(
  principal: Principal,
  capability: Capability,
  object?: AccessObject,
): AccessDecision {
  const grant = GRANTS[capability];
  if (grant.owner === "approver") {
    const approver = object?.approvers?.some((a) => sameIdentity(a, principal.actor)) ?? false;
    return approver ? { allowed: true } : { allowed: false, reason: "object", needs: [] };
  }
  if (principal.standing !== "member") return { allowed: false, reason: "standing", needs: [] };
  if (grant.members) return { allowed: true };
  if (grant.roles.some((role) => principal.roles.includes(role))) return { allowed: true };
  if (grant.owner && object?.owner && sameIdentity(object.owner, principal.actor)) return { allowed: true };
  return { allowed: false, reason: "role", needs: grant.roles };
}
