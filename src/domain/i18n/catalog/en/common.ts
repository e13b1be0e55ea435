// Texts shared by every feature. Each feature keeps its own catalog file beside this one, and each
// language its own folder with the same files (typed against these English ones).
export const common = {
  "common.yes": "Yes",
  "common.no": "No",
  "common.unknown": "unknown",
  "common.none": "none",
  "common.cancel": "Cancel",
  "common.save": "Save",
  "common.close": "Close",
  // How an instant and a date are written (luxon format tokens; the zone's abbreviation keeps CET
  // and CEST apart).
  "common.format.dateTime": "ccc d LLL yyyy HH:mm ZZZZ",
  "common.format.date": "d LLL yyyy",
  "common.hours.short": "{n} h",
  "common.minutes.short": "{n} min",
  // Between a label and its value ("Country: Germany"); French typography puts a space before it.
  "common.colon": ": ",
  // Between the parts of one value ("records: 120; people: 3").
  "common.semicolon": "; ",
  "common.overdue": "overdue by {duration}",
  "common.remaining": "{duration} left",
  "common.error.controlCharacters": "This text contains invisible control characters; remove them.",
  "common.error.lineBreaks": "This field takes one line: remove the line breaks and tabs.",
  "setup.noChat":
    "No Slack or Teams credentials set: the bot runs (database, scheduler, health checks) but is not connected to chat. Set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode), or TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID (TEAMS_LOCAL=true to try Teams locally); see README.md, sections Connecting Slack and Microsoft Teams.",
} as const;
