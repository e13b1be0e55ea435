// Dutch texts of cli.ts; see catalog/en/cli.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { cli as english } from "../en/cli.ts";

export const cli: Translation<typeof english> = {
  "cli.formatChoice": '--format moet csv of json zijn (niet "{format}")',
  "cli.written": "{what} weggeschreven naar {file}",
  "cli.what.register": "Register",
  "cli.what.requests": "Verzoeken",
  "cli.what.subprocessors": "Register van subverwerkers",
  "cli.warning": "waarschuwing: {text}",

  "cli.customers.invalid": {
    one: "{file}: {count} fout, niets geïmporteerd:",
    other: "{file}: {count} fouten, niets geïmporteerd:",
  },
  "cli.customers.valid": {
    one: "{file}: geldig, {count} klant; niets weggeschreven (--dry-run)",
    other: "{file}: geldig, {count} klanten; niets weggeschreven (--dry-run)",
  },
  "cli.customers.imported": "{file}: {created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd",
  "cli.customers.none":
    "Geen klanten. Importeer een register met: npx dpa-bot customers import customers.yaml",
  "cli.customers.contacts": { one: "{count} contactpersoon", other: "{count} contactpersonen" },
  "cli.customers.subprocessors": { one: "{count} subverwerker", other: "{count} subverwerkers" },
  "cli.file.unreadable": "{file}: kan niet gelezen worden ({reason})",
  "cli.file.invalid": "{file}: geen geldige {format}: {reason}",

  "cli.incidents.none": "Geen incidenten. Datalekken worden gemeld met /datalek in Slack.",
  "cli.incidents.status.open": "open",
  "cli.incidents.status.closed": "gesloten",
  "cli.incidents.discovered": "ontdekt {at}",
  "cli.incidents.informBy": "informeren vóór {at}",
  "cli.incidents.informed": "geïnformeerd {at} {via}",
  "cli.incidents.notInformed": "NIET geïnformeerd",
  "cli.incidents.penalty": "boete {penalty}",
  "cli.incidents.decision": "{authority}: {decision} (vóór {at})",
  "cli.incidents.decision.pending": "open",
  "cli.incidents.decision.notify": "meldt",
  "cli.incidents.decision.not_notify": "meldt niet",
  "cli.incidents.decision.notified": "gemeld",

  "cli.requests.none": "Geen verzoeken. Registreer er een met /avg-verzoek in Slack.",
  "cli.requests.status.received": "ontvangen",
  "cli.requests.status.forwarded": "doorgestuurd",
  "cli.requests.status.closed": "afgesloten",
  "cli.requests.forwarded": "doorgestuurd {at} naar {to}",
  "cli.requests.forwardBy": "doorsturen vóór {at}",
  "cli.requests.deadline": "termijn {at}",

  "cli.staff.role": '<role>: verwacht een van {roles}, niet "{role}"',
  "cli.staff.onePerson":
    "noem de persoon met precies één van --slack-user, --teams-user, --cli-user of --email",
  "cli.staff.email": '--email: verwacht een e-mailadres, niet "{value}"',
  "cli.staff.workspaceWithUser": "--slack-workspace hoort bij --slack-user",
  "cli.staff.teamsUser": '--teams-user: verwacht een AAD object id (een GUID), niet "{value}"',
  "cli.staff.cliUser": '--cli-user: verwacht een gebruikersnaam van het besturingssysteem, niet "{value}"',
  "cli.staff.notHolding": "{user} is geen {role}",
  "cli.staff.granted": {
    one: "{user}: {role} toegekend ({count} account)",
    other: "{user}: {role} toegekend ({count} accounts)",
  },
  "cli.staff.revoked": {
    one: "{user}: {role} ingetrokken ({count} account)",
    other: "{user}: {role} ingetrokken ({count} accounts)",
  },
  "cli.staff.none":
    "Nog geen rollen toegekend. Duid de eerste privacyfunctionaris aan met: dpa-bot staff grant privacy-officer --slack-user U0123ABCD",

  "cli.console.onePerson": "noem de persoon met precies één van --email, --slack-user of --teams-user",
  "cli.console.noRole":
    "{user} heeft geen rol, dus de console zou hen weigeren. Ken eerst een rol toe: {grant}",
  "cli.console.link": "Eenmalige aanmeldlink voor {user}, geldig tot {until} en één keer bruikbaar:",

  "cli.slackUser": '--slack-user: verwacht een gebruikers-id zoals U0123ABCD, niet "{value}"',
  "cli.slackWorkspace": '--slack-workspace: verwacht een team-id zoals T0123ABCD, niet "{value}"',
  "cli.language.choice": '<language>: verwacht {languages}, niet "{value}"',
  "cli.language.eitherPlatform": "geef --slack-workspace of --teams-tenant, niet beide",
  "cli.language.slackUserWithWorkspace": "--slack-user hoort bij --slack-workspace",
  "cli.language.teamsUserWithTenant": "--teams-user hoort bij --teams-tenant",
  "cli.language.tenant": '--teams-tenant: verwacht een tenant-id (GUID), niet "{value}"',
  "cli.language.teamsUser": '--teams-user: verwacht het AAD object id van de persoon (GUID), niet "{value}"',
  "cli.language.where": "geef --slack-workspace <team-id> of --teams-tenant <tenant-id>",
  "cli.language.setWorkspace": "werkruimte {workspace}: {language}",
  "cli.language.setTenant": "tenant {workspace}: {language}",
  "cli.language.setPerson": "{user} in {workspace}: {language}",

  "cli.audit.limit": '--limit: verwacht een geheel getal van 1 tot 10000, niet "{value}"',
  "cli.audit.entity": '--entity: verwacht type:id, niet "{value}"',

  "cli.subprocessors.noCustomer": 'geen klant met sleutel "{key}"',
  "cli.subprocessors.status.open": "open",
  "cli.subprocessors.status.withdrawn": "ingetrokken",
  "cli.subprocessors.state.pending": "in afwachting",
  "cli.subprocessors.state.approved": "goedgekeurd",
  "cli.subprocessors.state.rejected": "geweigerd",
  "cli.subprocessors.state.withdrawn": "ingetrokken",
  "cli.subprocessors.notAsked": 'klant "{customer}" werd niet gevraagd in voorstel {proposal}',
  "cli.subprocessors.notPrivacyOfficer":
    "{name} is geen privacyfunctionaris: alleen privacyfunctionarissen registreren schriftelijke toestemming",
  "cli.subprocessors.already": "al {state}",
  "cli.subprocessors.alreadyBy": "al {state} door {by} op {at} ({via})",
  "cli.subprocessors.recorded": "{proposal} {customer}: {state} (schriftelijke toestemming, {document})",

  "cli.teams.written":
    "{file} geschreven ({bytes} bytes): upload het in het Teams-beheercentrum > Apps beheren",
  "cli.teams.clientIdRequired":
    "TEAMS_CLIENT_ID: nodig om de Teams-app te verpakken (de application id van de Azure-bot)",
  "cli.teams.notGuid": '{variable}: verwacht een GUID, niet "{value}"',
};
