// French texts of access.ts; see catalog/en/access.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { access as english } from "../en/access.ts";

export const access: Translation<typeof english> = {
  "access.refused.role":
    "Vous ne pouvez pas effectuer cette action : elle requiert le rôle {roles}. Un administrateur l'attribue avec {grant}.",
  "access.refused.standing":
    "Les invités et les personnes d'autres organisations ne peuvent se prononcer sur un sous-traitant ultérieur qu'en tant qu'approbateur désigné d'un client.",
  "access.refused.object": "Seuls les approbateurs désignés de ce client peuvent se prononcer à ce sujet.",
  "access.refused.nobody": "Personne ne peut faire ceci ici.",
  "access.or": " ou ",
  "access.role.incident_handler": "gestionnaire d'incidents",
  "access.role.privacy_officer": "responsable vie privée",
  "access.role.auditor": "auditeur",
  "access.role.admin": "administrateur",
  "access.noPrivacyOfficer":
    "Personne ne peut encore informer les clients : aucun responsable vie privée n'a été désigné. Un administrateur en désigne un avec `dpa-bot staff grant privacy-officer`.",
};
