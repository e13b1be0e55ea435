// Dutch texts of common.ts; see catalog/en/common.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { common as english } from "../en/common.ts";

export const common: Translation<typeof english> = {
  "common.yes": "Ja",
  "common.no": "Nee",
  "common.unknown": "onbekend",
  "common.none": "geen",
  "common.cancel": "Annuleren",
  "common.save": "Opslaan",
  "common.close": "Sluiten",
  "common.format.dateTime": "ccc d LLL yyyy HH:mm ZZZZ",
  "common.format.date": "d LLL yyyy",
  "common.hours.short": "{n} u",
  "common.minutes.short": "{n} min",
  "common.colon": ": ",
  "common.semicolon": "; ",
  "common.overdue": "{duration} te laat",
  "common.remaining": "nog {duration}",
  "common.error.controlCharacters": "Deze tekst bevat onzichtbare stuurtekens; verwijder ze.",
  "common.error.lineBreaks": "Dit veld neemt één regel: verwijder de regeleinden en tabs.",
  "setup.noChat":
    "Geen Slack- of Teams-gegevens ingesteld: de bot draait (database, planner, health checks) maar is niet met chat verbonden. Zet SLACK_BOT_TOKEN met SLACK_APP_TOKEN (Socket Mode) of SLACK_SIGNING_SECRET (HTTP-modus), of TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET en TEAMS_TENANT_ID (TEAMS_LOCAL=true om Teams lokaal te proberen); zie README.md, secties Connecting Slack en Microsoft Teams.",
};
