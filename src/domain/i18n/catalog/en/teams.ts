// Texts of the Teams command menu, its answers and the installation greeting. The command words
// themselves are in manifests/teams/manifest.json and its localization files too.
export const teams = {
  "teams.welcome":
    "Hello, I am dpa-bot: I help keep the promises of our data processing agreements, from breaches reported within 24 hours to the daily overview of every open deadline.",
  "teams.help.title": "What I can do",
  "teams.help.datalek":
    "**datalek** (or **breach**): report a personal-data breach (art. 6-7 DPA, 24 h clock)",
  "teams.help.avgVerzoek": "**avg-verzoek** (or **dsr**): register a data-subject request (art. 8 DPA)",
  "teams.help.subverwerker":
    "**subverwerker** (or **subprocessor**): propose a new sub-processor (art. 9 DPA)",
  "teams.help.digest":
    "**digest**: every open deadline, most urgent first; **digest here**: post the daily digest in this conversation",
  "teams.help.help": "**help**: this list",
  "teams.unknownCommand": 'I did not understand "{text}". Type help for what I can do.',
  "teams.breach.menuText":
    "Report a personal-data breach: the customer must be informed within 24 hours of discovery (art. 6 DPA).",
  "teams.breach.menuButton": "Report a breach",
  "teams.breach.reported": "{ref} is reported; the incident card is posted in this conversation.",
  "teams.breach.reportedAgain": "{ref} was already reported with this form.",
  "teams.dsr.menuText":
    "Register a data-subject request (GDPR art. 15-21): it is forwarded without delay to the customer's contact (art. 8 DPA).",
  "teams.dsr.menuButton": "Register a request",
  "teams.dsr.registered":
    "{ref} is registered; the request card is posted in this conversation, without the data subject's details.",
  "teams.dsr.registeredAgain": "{ref} was already registered with this form.",
  "teams.dsr.detailsSent": "The details are in your personal chat with dpa-bot.",
  "teams.subprocessor.menuText":
    "Propose a new sub-processor or a change to one: every affected customer's approvers are asked for their prior consent (art. 9 DPA).",
  "teams.subprocessor.menuButton": "Propose a sub-processor",
  "teams.subprocessor.proposed":
    "{ref} is proposed; the approval requests go out to each customer's approvers.",
  "teams.subprocessor.proposedAgain": "{ref} was already proposed with this form.",
  "teams.digest.here": "The daily digest will be posted in this conversation.",
  "teams.digest.hereFailed":
    "I cannot post the digest here: install the app in this team or chat first (Manage apps), then try again.",
  "teams.formExpired": "This form can no longer be used. Open it again from the command menu.",
} as const;
