// The processor's own roles (DOMAIN.md "Who is who"). Every member of our own Slack workspace or
// Teams tenant is a reporter without a grant: discovery of a breach must never wait for a role
// (art. 6.1 DPA). The other roles are granted by name with `dpa-bot staff grant`.
export const GRANTED_ROLES = ["incident_handler", "privacy_officer", "auditor", "admin"] as const;
export type StaffRole = (typeof GRANTED_ROLES)[number];

/** How a role is written on the command line and in the README (`dpa-bot staff grant <role>`). */
export function roleName(role: StaffRole): string {
  return role.replace(/_/g, "-");
}

export function roleOfName(name: string): StaffRole | null {
  const role = name.trim().toLowerCase().replace(/-/g, "_");
  return (GRANTED_ROLES as readonly string[]).includes(role) ? (role as StaffRole) : null;
}

/**
 * Where a person stands towards our organisation, as their platform tells it: a member of our own
 * workspace or tenant; a guest account in it (Slack `is_restricted`/`is_ultra_restricted`, a Teams
 * guest); or someone of another organisation (another Slack workspace in a shared channel, another
 * Teams tenant, a customer's contact with an e-mail link). Guests and outsiders act only as a
 * customer's designated approver (art. 9 DPA), whatever role was granted to their id.
 */
export type Standing = "member" | "guest" | "external";
