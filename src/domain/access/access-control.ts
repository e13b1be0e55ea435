// The permission model's port and the two questions every front door and use case asks: `may`
// (before showing a dialog) and `authorize` (before changing anything: a refusal changes nothing,
// is audited, and says which role would allow it).
import type { Actor } from "../ports.ts";
import type { Capability } from "./capabilities.ts";
import { type AccessDecision, type AccessObject, decideAccess, type Principal } from "./decide-access.ts";
import type { StaffRole, Standing } from "./roles.ts";

export interface AccessControl {
  /** The roles granted to this person on their platform (any of their accounts). */
  rolesOf(actor: Pick<Actor, "platform" | "userId">): Promise<StaffRole[]>;
  /**
   * Audits a refusal (Bijlage 2: logged use). Repeats of the same refusal are not written again
   * for a while, so a flood of clicks cannot flood the append-only audit log.
   */
  recordRefusal(
    actor: Actor,
    refusal: { capability: Capability; object?: AccessObject; reason: string },
  ): Promise<void>;
  /** First run: until a privacy officer is named, nobody can notify customers (shown on incidents). */
  privacyOfficerNamed(): Promise<boolean>;
}

/**
 * Whoever runs the CLI holds the database's credentials, so can change anything anyway: the CLI
 * operator administers staff and languages and reads the registers. Telling customers, seeing data
 * subjects and recording written consent still need a privacy-officer grant to their `--cli-user`.
 */
const CLI_OPERATOR_ROLES: StaffRole[] = ["admin", "auditor"];

export function standingOf(actor: Actor): Standing {
  if (actor.standing) return actor.standing;
  // The CLI and the scheduler run inside our own operation; a chat actor whose front door did not
  // say where they stand, and a customer's contact with an e-mail link, are outsiders.
  return actor.platform === "cli" || actor.platform === "system" ? "member" : "external";
}

export async function principalOf(access: AccessControl, actor: Actor): Promise<Principal> {
  const standing = standingOf(actor);
  const granted = standing === "member" ? await access.rolesOf(actor) : [];
  const roles = actor.platform === "cli" ? [...new Set([...granted, ...CLI_OPERATOR_ROLES])] : granted;
  return { actor, roles, standing };
}

export async function may(
  access: AccessControl,
  actor: Actor,
  capability: Capability,
  object?: AccessObject,
): Promise<boolean> {
  return decideAccess(await principalOf(access, actor), capability, object).allowed;
}

/** Thrown by `authorize`: nothing was changed; front doors answer it privately with `refusalText`. */
export class AccessRefusal extends Error {
  readonly capability: Capability;
  readonly decision: Exclude<AccessDecision, { allowed: true }>;
  readonly actor: Actor;

  constructor(capability: Capability, decision: Exclude<AccessDecision, { allowed: true }>, actor: Actor) {
    super(`${capability} refused (${decision.reason})`);
    this.capability = capability;
    this.decision = decision;
    this.actor = actor;
    this.name = "AccessRefusal";
  }
}

/** Throws AccessRefusal, after auditing it, when the person may not; returns otherwise. */
export async function authorize(
  access: AccessControl,
  actor: Actor,
  capability: Capability,
  object?: AccessObject,
): Promise<void> {
  const decision = decideAccess(await principalOf(access, actor), capability, object);
  if (decision.allowed) return;
  await access.recordRefusal(actor, { capability, object, reason: decision.reason });
  throw new AccessRefusal(capability, decision, actor);
}
