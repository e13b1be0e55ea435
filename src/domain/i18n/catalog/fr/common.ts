// French texts of common.ts; see catalog/en/common.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { common as english } from "../en/common.ts";

export const common: Translation<typeof english> = {
  "common.yes": "Oui",
  "common.no": "Non",
  "common.unknown": "inconnu",
  "common.none": "aucun",
  "common.cancel": "Annuler",
  "common.save": "Enregistrer",
  "common.close": "Fermer",
  "common.format.dateTime": "cccc d LLLL yyyy 'à' HH:mm ZZZZ",
  "common.format.date": "d LLLL yyyy",
  "common.hours.short": "{n} h",
  "common.minutes.short": "{n} min",
  "common.colon": " : ",
  "common.semicolon": " ; ",
  "common.overdue": "en retard de {duration}",
  "common.remaining": "encore {duration}",
  "common.error.controlCharacters":
    "Ce texte contient des caractères de contrôle invisibles ; supprimez-les.",
  "common.error.lineBreaks":
    "Ce champ tient sur une ligne : supprimez les retours à la ligne et les tabulations.",
  "setup.noChat":
    "Aucun identifiant Slack ou Teams n'est configuré : le bot tourne (base de données, planificateur, contrôles de santé) mais n'est connecté à aucune messagerie. Définissez SLACK_BOT_TOKEN avec SLACK_APP_TOKEN (Socket Mode) ou SLACK_SIGNING_SECRET (mode HTTP), ou TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET et TEAMS_TENANT_ID (TEAMS_LOCAL=true pour essayer Teams en local) ; voir README.md, sections Connecting Slack et Microsoft Teams.",
};
