// Dutch texts of teams.ts; see catalog/en/teams.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { teams as english } from "../en/teams.ts";

export const teams: Translation<typeof english> = {
  "teams.welcome":
    "Hallo, ik ben dpa-bot: ik help de beloften uit onze verwerkersovereenkomsten na te komen, van datalekken binnen 24 uur gemeld tot het dagelijkse overzicht van alle open termijnen.",
  "teams.help.title": "Wat ik kan",
  "teams.help.datalek": "**datalek**: een datalek melden (art. 6-7 verwerkersovereenkomst, klok van 24 uur)",
  "teams.help.avgVerzoek": "**avg-verzoek**: een verzoek van een betrokkene registreren (art. 8)",
  "teams.help.subverwerker": "**subverwerker**: een nieuwe subverwerker voorstellen (art. 9)",
  "teams.help.digest":
    "**digest**: alle open termijnen, de dringendste eerst; **digest hier**: het dagelijkse overzicht in dit gesprek plaatsen",
  "teams.help.help": "**help**: deze lijst",
  "teams.unknownCommand": 'Ik begreep "{text}" niet. Typ help voor wat ik kan.',
  "teams.breach.menuText":
    "Een datalek melden: de klant moet binnen 24 uur na ontdekking ingelicht worden (art. 6).",
  "teams.breach.menuButton": "Datalek melden",
  "teams.breach.reported": "{ref} is gemeld; de incidentkaart staat in dit gesprek.",
  "teams.breach.reportedAgain": "{ref} was met dit formulier al gemeld.",
  "teams.dsr.menuText":
    "Een verzoek van een betrokkene registreren (AVG art. 15-21): het gaat onverwijld naar de contactpersoon van de klant (art. 8).",
  "teams.dsr.menuButton": "Verzoek registreren",
  "teams.dsr.registered":
    "{ref} is geregistreerd; de verzoekkaart staat in dit gesprek, zonder de gegevens van de betrokkene.",
  "teams.dsr.registeredAgain": "{ref} was met dit formulier al geregistreerd.",
  "teams.dsr.detailsSent": "De gegevens staan in je persoonlijke chat met dpa-bot.",
  "teams.subprocessor.menuText":
    "Een nieuwe subverwerker of een wijziging voorstellen: de goedkeurders van elke betrokken klant worden om voorafgaande toestemming gevraagd (art. 9).",
  "teams.subprocessor.menuButton": "Subverwerker voorstellen",
  "teams.subprocessor.proposed":
    "{ref} is voorgesteld; de goedkeuringsverzoeken gaan naar de goedkeurders van elke klant.",
  "teams.subprocessor.proposedAgain": "{ref} was met dit formulier al voorgesteld.",
  "teams.digest.here": "Het dagelijkse overzicht wordt in dit gesprek geplaatst.",
  "teams.digest.hereFailed":
    "Ik kan het overzicht hier niet plaatsen: installeer de app eerst in dit team of gesprek (Apps beheren) en probeer opnieuw.",
  "teams.formExpired": "Dit formulier kan niet meer gebruikt worden. Open het opnieuw via het menu.",
};
