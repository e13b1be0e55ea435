// Texts shared by every feature. Each feature keeps its own catalog file beside this one;
// `nl` must have exactly the keys of `en` (the type says so).
export const en = {
  "common.yes": "Yes",
  "common.no": "No",
  "common.unknown": "unknown",
  "common.none": "none",
  "common.cancel": "Cancel",
  "common.save": "Save",
  "common.close": "Close",
  "common.hours.short": "{n} h",
  "common.minutes.short": "{n} min",
  "common.days": "{n} days",
  "common.overdue": "overdue by {duration}",
  "common.remaining": "{duration} left",
  "common.error.controlCharacters": "This text contains invisible control characters; remove them.",
  "common.error.lineBreaks": "This field takes one line: remove the line breaks and tabs.",
  "setup.noChat":
    "No Slack or Teams credentials set: the bot runs (database, scheduler, health checks) but is not connected to chat. Set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode), or TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID (TEAMS_LOCAL=true to try Teams locally); see README.md, sections Connecting Slack and Microsoft Teams.",
} as const;

export const nl: Record<keyof typeof en, string> = {
  "common.yes": "Ja",
  "common.no": "Nee",
  "common.unknown": "onbekend",
  "common.none": "geen",
  "common.cancel": "Annuleren",
  "common.save": "Opslaan",
  "common.close": "Sluiten",
  "common.hours.short": "{n} u",
  "common.minutes.short": "{n} min",
  "common.days": "{n} dagen",
  "common.overdue": "{duration} te laat",
  "common.remaining": "nog {duration}",
  "common.error.controlCharacters": "Deze tekst bevat onzichtbare stuurtekens; verwijder ze.",
  "common.error.lineBreaks": "Dit veld neemt één regel: verwijder de regeleinden en tabs.",
  "setup.noChat":
    "Geen Slack- of Teams-gegevens ingesteld: de bot draait (database, planner, health checks) maar is niet met chat verbonden. Zet SLACK_BOT_TOKEN met SLACK_APP_TOKEN (Socket Mode) of SLACK_SIGNING_SECRET (HTTP-modus), of TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET en TEAMS_TENANT_ID (TEAMS_LOCAL=true om Teams lokaal te proberen); zie README.md, secties Connecting Slack en Microsoft Teams.",
};
