// French texts of teams.ts; see catalog/en/teams.ts for what they are for. The command words are
// those of manifests/teams/fr.json; the Dutch and English ones keep working.
import type { Translation } from "../../catalog-types.ts";
import type { teams as english } from "../en/teams.ts";

export const teams: Translation<typeof english> = {
  "teams.welcome":
    "Bonjour, je suis dpa-bot : je vous aide à tenir les engagements de nos contrats de sous-traitance, de la violation de données signalée dans les 24 heures à l'aperçu quotidien de toutes les échéances ouvertes.",
  "teams.help.title": "Ce que je sais faire",
  "teams.help.datalek":
    "**violation** (ou **datalek**) : signaler une violation de données à caractère personnel (art. 6-7 du contrat de sous-traitance, délai de 24 h)",
  "teams.help.avgVerzoek":
    "**demande** (ou **avg-verzoek**) : enregistrer la demande d'une personne concernée (art. 8)",
  "teams.help.subverwerker":
    "**sous-traitant** (ou **subverwerker**) : proposer un nouveau sous-traitant ultérieur (art. 9)",
  "teams.help.digest":
    "**recap** : toutes les échéances ouvertes, les plus urgentes d'abord ; **recap ici** : publier l'aperçu quotidien dans cette conversation",
  "teams.help.help": "**aide** : cette liste",
  "teams.unknownCommand": "Je n'ai pas compris « {text} ». Tapez aide pour voir ce que je sais faire.",
  "teams.breach.menuText":
    "Signaler une violation de données à caractère personnel : le client doit être informé dans les 24 heures suivant la découverte (art. 6 du contrat de sous-traitance).",
  "teams.breach.menuButton": "Signaler une violation",
  "teams.breach.reported": "Incident {ref} signalé ; sa carte est publiée dans cette conversation.",
  "teams.breach.reportedAgain": "L'incident {ref} a déjà été signalé avec ce formulaire.",
  "teams.dsr.menuText":
    "Enregistrer la demande d'une personne concernée (art. 15-21 RGPD) : elle est transmise sans délai au contact du client (art. 8 du contrat de sous-traitance).",
  "teams.dsr.menuButton": "Enregistrer une demande",
  "teams.dsr.registered":
    "Demande {ref} enregistrée ; sa carte est publiée dans cette conversation, sans les données de la personne concernée.",
  "teams.dsr.registeredAgain": "La demande {ref} a déjà été enregistrée avec ce formulaire.",
  "teams.dsr.detailsSent": "Les détails se trouvent dans votre conversation personnelle avec dpa-bot.",
  "teams.subprocessor.menuText":
    "Proposer un nouveau sous-traitant ultérieur ou une modification : les approbateurs de chaque client concerné sont invités à donner leur autorisation préalable (art. 9 du contrat de sous-traitance).",
  "teams.subprocessor.menuButton": "Proposer un sous-traitant",
  "teams.subprocessor.proposed":
    "Proposition {ref} enregistrée ; les demandes d'approbation partent vers les approbateurs de chaque client.",
  "teams.subprocessor.proposedAgain": "La proposition {ref} a déjà été enregistrée avec ce formulaire.",
  "teams.digest.here": "L'aperçu quotidien sera publié dans cette conversation.",
  "teams.digest.hereFailed":
    "Je ne peux pas publier l'aperçu ici : installez d'abord l'application dans cette équipe ou conversation (Gérer les applications), puis réessayez.",
  "teams.formExpired":
    "Ce formulaire ne peut plus être utilisé. Ouvrez-le à nouveau depuis le menu des commandes.",
};
