// Dutch texts of cli-help.ts; see catalog/en/cli-help.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { cliHelp as english } from "../en/cli-help.ts";

export const cliHelp: Translation<typeof english> = {
  "cli.help.audit": "het auditlog, waaraan alleen toegevoegd wordt",
  "cli.help.audit.list": "auditregels tonen, nieuwste eerst",
  "cli.help.audit.list.entity": "alleen regels over één object, bv. Customer:<uuid> of Incident:<uuid>",
  "cli.help.audit.list.action": "alleen één handeling, bv. customer.updated",
  "cli.help.audit.list.limit": "hoogstens zoveel regels",
  "cli.help.audit.list.json": "JSON tonen (met before/after) in plaats van één regel per handeling",
  "cli.help.customers":
    "het klantenregister (verwerkingsverantwoordelijken en hun gegevens uit de verwerkersovereenkomst)",
  "cli.help.customers.import":
    "klanten aanmaken of bijwerken uit een YAML- of JSON-bestand, op sleutel; een bestand met één fout importeert niets",
  "cli.help.customers.import.file": "pad naar het registerbestand (.yaml, .yml of .json)",
  "cli.help.customers.import.dryRun": "alleen controleren, niets wegschrijven",
  "cli.help.customers.list": "elke klant tonen met contactpersonen en goedgekeurde subverwerkers",
  "cli.help.option.jsonTable": "JSON tonen in plaats van een tabel",
  "cli.help.incidents": "datalekken (art. 6-7 verwerkersovereenkomst) en hun termijnen",
  "cli.help.incidents.list":
    "elk incident tonen, open of gesloten, met per klant de meldtermijn van 24 uur, wanneer en hoe die ingelicht werd, de boete van art. 6.5 en de beslissing over de melding aan de toezichthouder binnen 72 uur",
  "cli.help.option.jsonInstants": "JSON tonen (tijdstippen in ISO 8601, UTC; bedragen in hele centen)",
  "cli.help.incidents.list.open": "alleen incidenten die nog open zijn",
  "cli.help.language.set":
    "de taal instellen van een Slack-werkruimte of Teams-tenant, of van één persoon daarin",
  "cli.help.language.set.slackWorkspace": "de Slack-werkruimte (team-id, bv. T0123ABCD)",
  "cli.help.language.set.slackUser": "alleen deze persoon (gebruikers-id, bv. U0123ABCD)",
  "cli.help.language.set.teamsTenant": "de Microsoft 365-tenant (GUID)",
  "cli.help.language.set.teamsUser": "alleen deze persoon (hun AAD-object-id, een GUID)",
  "cli.help.register": "het register van incidenten en datalekken (Bijlage 3 verwerkersovereenkomst)",
  "cli.help.register.export":
    "elk incident exporteren, gemeld of niet, met alle velden van Bijlage 3 en beide termijnen per getroffen klant (CSV: één regel per klant)",
  "cli.help.option.format": "csv of json",
  "cli.help.option.output": "naar dit bestand schrijven in plaats van naar de standaarduitvoer",
  "cli.help.requests": "verzoeken van betrokkenen (art. 8 verwerkersovereenkomst) en hun termijnen",
  "cli.help.requests.list":
    "elk verzoek tonen met de termijn om het door te sturen, de wettelijke termijn (AVG 12(3)), de status en de kosten",
  "cli.help.requests.list.open": "alleen verzoeken die niet gesloten zijn",
  "cli.help.requests.personalData": "de gegevens van de betrokkene meenemen (dit gebruik wordt gelogd)",
  "cli.help.requests.export": "elk verzoek exporteren (CSV: één regel per verzoek)",
  "cli.help.staff.slackUser": "de Slack-gebruikers-id van de persoon, bv. U0123ABCD",
  "cli.help.staff.slackWorkspace": "alleen hun Slack-account in deze werkruimte",
  "cli.help.staff.teamsUser": "de Teams-object-id (Microsoft Entra) van de persoon",
  "cli.help.staff.cliUser":
    "een gebruiker van deze opdrachtregel, met de gebruikersnaam van het besturingssysteem",
  "cli.help.staff.grant": "een persoon een rol geven",
  "cli.help.staff.revoke": "een persoon één rol ontnemen",
  "cli.help.staff.list": "iedereen met een toegekende rol",
  "cli.help.option.json": "JSON tonen",
  "cli.help.subprocessors": "subverwerkers per klant en voorstellen (art. 9 verwerkersovereenkomst)",
  "cli.help.subprocessors.list":
    "het register van één klant: name, purpose, country, inEea, mechanism, status, decidedAt, decidedBy, via",
  "cli.help.option.customer": "sleutel van de klant",
  "cli.help.subprocessors.proposals":
    "elk voorstel met de telling (goedgekeurd, geweigerd, in afwachting, ingetrokken)",
  "cli.help.subprocessors.export": "het register van elke klant (CSV: één regel per klant en subverwerker)",
  "cli.help.subprocessors.consent":
    "een schriftelijk ontvangen beslissing van een klant vastleggen (alleen privacy officers)",
  "cli.help.subprocessors.consent.proposal": "referentie van het voorstel, bv. SV-2027-0001",
  "cli.help.subprocessors.consent.document":
    "waar de schriftelijke beslissing bewaard wordt (brief, ondertekende e-mail)",
  "cli.help.subprocessors.consent.reject":
    "een weigering met deze reden vastleggen in plaats van een toestemming",
  "cli.help.subprocessors.consent.outsideEea":
    "art. 3.7 verwerkersovereenkomst: het document stemt in met verwerking buiten de EER",
  "cli.help.teams": "Microsoft Teams: het app-pakket",
  "cli.help.teams.package":
    "het Teams-app-pakket (zip) schrijven met TEAMS_CLIENT_ID en TEAMS_APP_ID ingevuld",
  "cli.help.teams.package.out": "waar de zip geschreven wordt",
  "cli.help.program":
    "beheeropdrachten van dpa-bot: klantenregister, registers van incidenten en verzoeken, rollen van medewerkers, exports",
  "cli.help.staff": "rollen van medewerkers ({roles})",
  "cli.help.language": "de taal die de bot spreekt ({languages})",
  "cli.help.title.usage": "Gebruik:",
  "cli.help.title.arguments": "Argumenten:",
  "cli.help.title.options": "Opties:",
  "cli.help.title.commands": "Opdrachten:",
  "cli.help.help": "hulp bij de opdracht tonen",
  "cli.help.helpCommand": "hulp bij een opdracht tonen",
  "cli.help.version": "het versienummer tonen",
  "cli.help.default": "standaard: ",
  "cli.help.staff.email":
    "een persoon die het centrum alleen kent aan het e-mailadres (elke OpenID-provider)",
  "cli.help.console": "het compliancecentrum",
  "cli.help.console.link":
    "een eenmalige aanmeldlink voor het centrum tonen (15 minuten geldig, werkt één keer)",
  "cli.help.console.link.email": "een persoon met een rol via `staff grant --email`",
  "cli.help.console.link.slackUser": "een persoon met een rol via zijn Slack-gebruikers-id",
  "cli.help.console.link.teamsUser": "een persoon met een rol via zijn Teams-object-id (Entra)",
};
