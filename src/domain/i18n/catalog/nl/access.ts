// Dutch texts of access.ts; see catalog/en/access.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { access as english } from "../en/access.ts";

export const access: Translation<typeof english> = {
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
