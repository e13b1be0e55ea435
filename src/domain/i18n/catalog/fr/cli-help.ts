// French texts of cli-help.ts; see catalog/en/cli-help.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { cliHelp as english } from "../en/cli-help.ts";

export const cliHelp: Translation<typeof english> = {
  "cli.help.audit": "le journal d'audit, auquel on ne peut qu'ajouter",
  "cli.help.audit.list": "afficher les entrées du journal, les plus récentes d'abord",
  "cli.help.audit.list.entity":
    "uniquement les entrées d'un objet, p. ex. Customer:<uuid> ou Incident:<uuid>",
  "cli.help.audit.list.action": "une seule action, p. ex. customer.updated",
  "cli.help.audit.list.limit": "au plus ce nombre d'entrées",
  "cli.help.audit.list.json": "afficher du JSON (avec before/after) au lieu d'une ligne par entrée",
  "cli.help.customers":
    "le registre des clients (responsables du traitement et les données de leur contrat de sous-traitance)",
  "cli.help.customers.import":
    "créer ou mettre à jour des clients depuis un fichier YAML ou JSON, par clé ; un fichier comportant une seule erreur n'importe rien",
  "cli.help.customers.import.file": "chemin du fichier de registre (.yaml, .yml ou .json)",
  "cli.help.customers.import.dryRun": "vérifier seulement, ne rien écrire",
  "cli.help.customers.list":
    "afficher chaque client avec ses contacts et ses sous-traitants ultérieurs autorisés",
  "cli.help.option.jsonTable": "afficher du JSON au lieu d'un tableau",
  "cli.help.incidents": "violations de données (art. 6-7 du contrat de sous-traitance) et leurs délais",
  "cli.help.incidents.list":
    "afficher chaque incident, ouvert ou clôturé, avec pour chaque client le délai de notification de 24 heures, quand et comment il a été informé, la pénalité de l'art. 6.5 et la décision de notification à l'autorité dans les 72 heures",
  "cli.help.option.jsonInstants":
    "afficher du JSON (instants en ISO 8601, UTC ; montants en centimes entiers)",
  "cli.help.incidents.list.open": "uniquement les incidents encore ouverts",
  "cli.help.language.set":
    "définir la langue d'un espace de travail Slack ou d'un tenant Teams, ou d'une personne de celui-ci",
  "cli.help.language.set.slackWorkspace":
    "l'espace de travail Slack (identifiant d'équipe, p. ex. T0123ABCD)",
  "cli.help.language.set.slackUser":
    "uniquement cette personne (identifiant d'utilisateur, p. ex. U0123ABCD)",
  "cli.help.language.set.teamsTenant": "le tenant Microsoft 365 (GUID)",
  "cli.help.language.set.teamsUser": "uniquement cette personne (son identifiant d'objet AAD, un GUID)",
  "cli.help.register":
    "le registre des incidents et des violations de données (annexe 3 du contrat de sous-traitance)",
  "cli.help.register.export":
    "exporter chaque incident, notifié ou non, avec tous les champs de l'annexe 3 et les deux délais par client concerné (CSV : une ligne par client)",
  "cli.help.option.format": "csv ou json",
  "cli.help.option.output": "écrire dans ce fichier au lieu de la sortie standard",
  "cli.help.requests":
    "demandes des personnes concernées (art. 8 du contrat de sous-traitance) et leurs délais",
  "cli.help.requests.list":
    "afficher chaque demande avec son délai de transmission, le délai légal (RGPD 12(3)), son statut et ses coûts",
  "cli.help.requests.list.open": "uniquement les demandes non clôturées",
  "cli.help.requests.personalData": "inclure les données de la personne concernée (cet usage est journalisé)",
  "cli.help.requests.export": "exporter chaque demande (CSV : une ligne par demande)",
  "cli.help.staff.slackUser": "l'identifiant d'utilisateur Slack de la personne, p. ex. U0123ABCD",
  "cli.help.staff.slackWorkspace": "uniquement son compte Slack dans cet espace de travail",
  "cli.help.staff.teamsUser": "l'identifiant d'objet Teams (Microsoft Entra) de la personne",
  "cli.help.staff.cliUser": "un opérateur de cette ligne de commande, par son nom d'utilisateur du système",
  "cli.help.staff.grant": "attribuer un rôle à une personne",
  "cli.help.staff.revoke": "retirer un rôle à une personne",
  "cli.help.staff.list": "toutes les personnes ayant un rôle attribué",
  "cli.help.option.json": "afficher du JSON",
  "cli.help.subprocessors":
    "sous-traitants ultérieurs par client et propositions (art. 9 du contrat de sous-traitance)",
  "cli.help.subprocessors.list":
    "le registre d'un client : name, purpose, country, inEea, mechanism, status, decidedAt, decidedBy, via",
  "cli.help.option.customer": "clé du client",
  "cli.help.subprocessors.proposals":
    "chaque proposition avec son décompte (autorisée, refusée, en attente, retirée)",
  "cli.help.subprocessors.export":
    "le registre de chaque client (CSV : une ligne par client et sous-traitant ultérieur)",
  "cli.help.subprocessors.consent":
    "enregistrer la décision d'un client reçue par écrit (délégués à la protection des données uniquement)",
  "cli.help.subprocessors.consent.proposal": "référence de la proposition, p. ex. SV-2027-0001",
  "cli.help.subprocessors.consent.document": "où la décision écrite est conservée (lettre, e-mail signé)",
  "cli.help.subprocessors.consent.reject": "enregistrer un refus avec ce motif au lieu d'une autorisation",
  "cli.help.subprocessors.consent.outsideEea":
    "art. 3.7 du contrat de sous-traitance : le document autorise le traitement hors de l'EEE",
  "cli.help.teams": "Microsoft Teams : le paquet de l'application",
  "cli.help.teams.package":
    "écrire le paquet de l'application Teams (zip) avec TEAMS_CLIENT_ID et TEAMS_APP_ID renseignés",
  "cli.help.teams.package.out": "où écrire le zip",
  "cli.help.program":
    "commandes d'exploitation de dpa-bot : registre des clients, registres des incidents et des demandes, rôles du personnel, exportations",
  "cli.help.staff": "rôles du personnel ({roles})",
  "cli.help.language": "la langue que parle le bot ({languages})",
  "cli.help.title.usage": "Utilisation :",
  "cli.help.title.arguments": "Arguments :",
  "cli.help.title.options": "Options :",
  "cli.help.title.commands": "Commandes :",
  "cli.help.help": "afficher l'aide de la commande",
  "cli.help.helpCommand": "afficher l'aide d'une commande",
  "cli.help.version": "afficher le numéro de version",
  "cli.help.default": "par défaut : ",
  "cli.help.staff.email":
    "une personne que la console ne connaît que par son adresse e-mail (tout fournisseur OpenID)",
  "cli.help.console": "la console de conformité",
  "cli.help.console.link":
    "afficher un lien de connexion unique à la console (valable 15 minutes, utilisable une seule fois)",
  "cli.help.console.link.email": "une personne ayant reçu un rôle avec `staff grant --email`",
  "cli.help.console.link.slackUser":
    "une personne ayant reçu un rôle par son identifiant d'utilisateur Slack",
  "cli.help.console.link.teamsUser":
    "une personne ayant reçu un rôle par son identifiant d'objet Teams (Entra)",
};
