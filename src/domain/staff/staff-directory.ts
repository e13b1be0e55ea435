// Staff roles of the processor's own people (DOMAIN.md "Who is who"): granted with `dpa-bot staff`.
// Other features ask `isPrivacyOfficer` rather than reading roles themselves.
import type { Actor } from "../ports.ts";

export const STAFF_ROLES = ["reporter", "privacy_officer", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  platform: Actor["platform"];
  userId: string;
  workspaceId: string;
  displayName: string;
  role: StaffRole;
}

export interface StaffDirectory {
  /** The highest role this person holds on their platform; reporter when unknown. */
  roleOf(actor: Pick<Actor, "platform" | "userId">): Promise<StaffRole>;
}

/** Privacy officers see data subjects' details on demand (art. 8 DPA; GDPR art. 5(1)(f)). */
export async function isPrivacyOfficer(
  staff: StaffDirectory,
  actor: Pick<Actor, "platform" | "userId">,
): Promise<boolean> {
  return (await staff.roleOf(actor)) === "privacy_officer";
}
