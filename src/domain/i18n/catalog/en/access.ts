// Refusals of the permission model (src/domain/access): said privately, in the person's language,
// naming the role that would allow the action and how roles are granted.
export const access = {
  "access.refused.role":
    "You cannot do this: it needs the role {roles}. An administrator grants it with {grant}.",
  "access.refused.standing":
    "Guests and people of other organisations can only decide on sub-processors as a customer's designated approver.",
  "access.refused.object": "Only this customer's designated approvers can decide on this.",
  "access.refused.nobody": "Nobody can do this here.",
  "access.or": " or ",
  "access.role.incident_handler": "incident handler",
  "access.role.privacy_officer": "privacy officer",
  "access.role.auditor": "auditor",
  "access.role.admin": "administrator",
  "access.noPrivacyOfficer":
    "Nobody can notify customers yet: no privacy officer has been named. An administrator names one with `dpa-bot staff grant privacy-officer`.",
} as const;
