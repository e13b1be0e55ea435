// French texts of cli.ts; see catalog/en/cli.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { cli as english } from "../en/cli.ts";

export const cli: Translation<typeof english> = {
  "cli.formatChoice": "--format doit valoir csv ou json (et non « {format} »)",
  "cli.written": "{what} écrit dans {file}",
  "cli.what.register": "Registre",
  "cli.what.requests": "Registre des demandes",
  "cli.what.subprocessors": "Registre des sous-traitants ultérieurs",
  "cli.warning": "avertissement : {text}",

  "cli.customers.invalid": {
    one: "{file} : {count} erreur, rien n'a été importé :",
    other: "{file} : {count} erreurs, rien n'a été importé :",
  },
  "cli.customers.valid": {
    one: "{file} : valable, {count} client ; rien n'a été écrit (--dry-run)",
    other: "{file} : valable, {count} clients ; rien n'a été écrit (--dry-run)",
  },
  "cli.customers.imported": "{file} : créés : {created}, mis à jour : {updated}, inchangés : {unchanged}",
  "cli.customers.none":
    "Aucun client. Importez un registre avec : npx dpa-bot customers import customers.yaml",
  "cli.customers.contacts": { one: "{count} contact", other: "{count} contacts" },
  "cli.customers.subprocessors": {
    one: "{count} sous-traitant ultérieur",
    other: "{count} sous-traitants ultérieurs",
  },
  "cli.file.unreadable": "{file} : lecture impossible ({reason})",
  "cli.file.invalid": "{file} : {format} non valable : {reason}",

  "cli.incidents.none": "Aucun incident. Les violations de données se signalent avec /datalek dans Slack.",
  "cli.incidents.status.open": "ouvert",
  "cli.incidents.status.closed": "clôturé",
  "cli.incidents.discovered": "découvert le {at}",
  "cli.incidents.informBy": "à informer avant le {at}",
  "cli.incidents.informed": "informé le {at} {via}",
  "cli.incidents.notInformed": "NON informé",
  "cli.incidents.penalty": "pénalité {penalty}",
  "cli.incidents.decision": "{authority} : {decision} (avant le {at})",
  "cli.incidents.decision.pending": "en attente",
  "cli.incidents.decision.notify": "notifiera",
  "cli.incidents.decision.not_notify": "ne notifiera pas",
  "cli.incidents.decision.notified": "notifiée",

  "cli.requests.none": "Aucune demande. Enregistrez-en une avec /avg-verzoek dans Slack.",
  "cli.requests.status.received": "reçue",
  "cli.requests.status.forwarded": "transmise",
  "cli.requests.status.closed": "clôturée",
  "cli.requests.forwarded": "transmise le {at} à {to}",
  "cli.requests.forwardBy": "à transmettre avant le {at}",
  "cli.requests.deadline": "échéance le {at}",

  "cli.staff.role": "<role> : attendu l'un de {roles}, reçu « {role} »",
  "cli.staff.onePerson":
    "désignez la personne avec exactement une des options --slack-user, --teams-user, --cli-user ou --email",
  "cli.staff.email": "--email : attendu une adresse e-mail, reçu « {value} »",
  "cli.staff.workspaceWithUser": "--slack-workspace s'utilise avec --slack-user",
  "cli.staff.teamsUser": "--teams-user : attendu un AAD object id (un GUID), reçu « {value} »",
  "cli.staff.cliUser":
    "--cli-user : attendu un nom d'utilisateur du système d'exploitation, reçu « {value} »",
  "cli.staff.notHolding": "{user} n'a pas le rôle {role}",
  "cli.staff.granted": {
    one: "{user} : rôle {role} attribué ({count} compte)",
    other: "{user} : rôle {role} attribué ({count} comptes)",
  },
  "cli.staff.revoked": {
    one: "{user} : rôle {role} retiré ({count} compte)",
    other: "{user} : rôle {role} retiré ({count} comptes)",
  },
  "cli.staff.none":
    "Aucun rôle attribué. Désignez le premier responsable vie privée avec : dpa-bot staff grant privacy-officer --slack-user U0123ABCD",

  "cli.console.onePerson":
    "désignez la personne avec exactement une des options --email, --slack-user ou --teams-user",
  "cli.console.noRole":
    "{user} n'a aucun rôle : la console le refuserait. Attribuez d'abord un rôle : {grant}",
  "cli.console.link": "Lien de connexion à usage unique pour {user}, valable jusqu'au {until} :",

  "cli.slackUser": "--slack-user : attendu un identifiant d'utilisateur comme U0123ABCD, reçu « {value} »",
  "cli.slackWorkspace":
    "--slack-workspace : attendu un identifiant d'équipe comme T0123ABCD, reçu « {value} »",
  "cli.language.choice": "<language> : attendu {languages}, reçu « {value} »",
  "cli.language.eitherPlatform": "indiquez soit --slack-workspace, soit --teams-tenant, pas les deux",
  "cli.language.slackUserWithWorkspace": "--slack-user s'utilise avec --slack-workspace",
  "cli.language.teamsUserWithTenant": "--teams-user s'utilise avec --teams-tenant",
  "cli.language.tenant": "--teams-tenant : attendu un identifiant de tenant (GUID), reçu « {value} »",
  "cli.language.teamsUser": "--teams-user : attendu l'AAD object id de la personne (GUID), reçu « {value} »",
  "cli.language.where": "indiquez --slack-workspace <team-id> ou --teams-tenant <tenant-id>",
  "cli.language.setWorkspace": "espace de travail {workspace} : {language}",
  "cli.language.setTenant": "tenant {workspace} : {language}",
  "cli.language.setPerson": "{user} dans {workspace} : {language}",

  "cli.audit.limit": "--limit : attendu un nombre entier de 1 à 10000, reçu « {value} »",
  "cli.audit.entity": "--entity : attendu type:id, reçu « {value} »",

  "cli.subprocessors.noCustomer": "aucun client avec la clé « {key} »",
  "cli.subprocessors.status.open": "ouverte",
  "cli.subprocessors.status.withdrawn": "retirée",
  "cli.subprocessors.state.pending": "en attente",
  "cli.subprocessors.state.approved": "approuvée",
  "cli.subprocessors.state.rejected": "refusée",
  "cli.subprocessors.state.withdrawn": "retirée",
  "cli.subprocessors.notAsked":
    "le client « {customer} » n'a pas été consulté dans la proposition {proposal}",
  "cli.subprocessors.notPrivacyOfficer":
    "{name} n'est pas responsable vie privée : seuls les responsables vie privée enregistrent une autorisation écrite",
  "cli.subprocessors.already": "déjà {state}",
  "cli.subprocessors.alreadyBy": "déjà {state} par {by} le {at} ({via})",
  "cli.subprocessors.recorded": "{proposal} {customer} : {state} (autorisation écrite, {document})",

  "cli.teams.written":
    "{file} écrit ({bytes} octets) : chargez-le dans le centre d'administration Teams > Gérer les applications",
  "cli.teams.clientIdRequired":
    "TEAMS_CLIENT_ID : requis pour empaqueter l'application Teams (l'application id du bot Azure)",
  "cli.teams.notGuid": "{variable} : attendu un GUID, reçu « {value} »",
};
