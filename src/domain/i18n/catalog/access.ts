// Refusals of the permission model (src/domain/access): said privately, in the person's language,
// naming the role that would allow the action and how roles are granted.
export const en = {
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

export const nl: Record<keyof typeof en, string> = {
  "access.refused.role":
    "Dit kun je niet doen: daarvoor is de rol {roles} nodig. Een beheerder kent die toe met {grant}.",
  "access.refused.standing":
    "Gasten en mensen van andere organisaties kunnen alleen over subverwerkers beslissen als aangewezen goedkeurder van een klant.",
  "access.refused.object": "Alleen de aangewezen goedkeurders van deze klant kunnen hierover beslissen.",
  "access.refused.nobody": "Niemand kan dit hier doen.",
  "access.or": " of ",
  "access.role.incident_handler": "incidentbehandelaar",
  "access.role.privacy_officer": "privacyfunctionaris",
  "access.role.auditor": "auditor",
  "access.role.admin": "beheerder",
  "access.noPrivacyOfficer":
    "Nog niemand kan klanten verwittigen: er is geen privacyfunctionaris aangeduid. Een beheerder duidt er een aan met `dpa-bot staff grant privacy-officer`.",
};
