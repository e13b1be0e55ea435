// The CLI's help (`dpa-bot --help`, `dpa-bot <command> --help`) in the operator's language: every
// command, argument and option description, and commander's own headings. Option names, values the
// CLI accepts and field names stay as they are in every language.
export const cliHelp = {
  "cli.help.audit": "the append-only audit log",
  "cli.help.audit.list": "list audit entries, newest first",
  "cli.help.audit.list.entity": "only entries about one entity, e.g. Customer:<uuid> or Incident:<uuid>",
  "cli.help.audit.list.action": "only one action, e.g. customer.updated",
  "cli.help.audit.list.limit": "at most this many entries",
  "cli.help.audit.list.json": "print JSON (with before/after) instead of one line per entry",
  "cli.help.customers": "the customer register (controllers and their DPA data)",
  "cli.help.customers.import":
    "create or update customers from a YAML or JSON file, matched by key; a file with any error imports nothing",
  "cli.help.customers.import.file": "path to the register file (.yaml, .yml or .json)",
  "cli.help.customers.import.dryRun": "validate only, write nothing",
  "cli.help.customers.list": "list every customer with contacts and approved sub-processors",
  "cli.help.option.jsonTable": "print JSON instead of a table",
  "cli.help.incidents": "breach incidents (art. 6-7 DPA) and their clocks",
  "cli.help.incidents.list":
    "list every incident, open or closed, with per customer the 24 h notification deadline, when and how it was informed, the art. 6.5 penalty and the 72 h authority decision",
  "cli.help.option.jsonInstants": "print JSON (instants in ISO 8601, UTC; money in integer cents)",
  "cli.help.incidents.list.open": "only incidents that are still open",
  "cli.help.language.set": "set the language of a Slack workspace or Teams tenant, or of one person in it",
  "cli.help.language.set.slackWorkspace": "the Slack workspace (team id, e.g. T0123ABCD)",
  "cli.help.language.set.slackUser": "only this person (user id, e.g. U0123ABCD)",
  "cli.help.language.set.teamsTenant": "the Microsoft 365 tenant (GUID)",
  "cli.help.language.set.teamsUser": "only this person (their AAD object id, a GUID)",
  "cli.help.register": "the incident and data breach register (Bijlage 3 DPA)",
  "cli.help.register.export":
    "export every incident, notified or not, with all Bijlage 3 fields and both clocks per affected customer (CSV: one row per customer)",
  "cli.help.option.format": "csv or json",
  "cli.help.option.output": "write to this file instead of standard output",
  "cli.help.requests": "data-subject requests (art. 8 DPA) and their deadlines",
  "cli.help.requests.list":
    "list every request with its forward due, legal deadline (GDPR 12(3)), status and costs",
  "cli.help.requests.list.open": "only requests that are not closed",
  "cli.help.requests.personalData": "include the data subject's details (this use is audited)",
  "cli.help.requests.export": "export every request (CSV: one row per request)",
  "cli.help.staff.slackUser": "the person's Slack user id, e.g. U0123ABCD",
  "cli.help.staff.slackWorkspace": "only their Slack account in this workspace",
  "cli.help.staff.teamsUser": "the person's Teams (Microsoft Entra) object id",
  "cli.help.staff.cliUser": "an operator of this CLI, by operating-system user name",
  "cli.help.staff.grant": "give a person a role",
  "cli.help.staff.revoke": "take one role back from a person",
  "cli.help.staff.list": "everyone with a granted role",
  "cli.help.option.json": "print JSON",
  "cli.help.subprocessors": "sub-processors per customer and proposals (art. 9 DPA)",
  "cli.help.subprocessors.list":
    "the register of one customer: name, purpose, country, inEea, mechanism, status, decidedAt, decidedBy, via",
  "cli.help.option.customer": "customer key",
  "cli.help.subprocessors.proposals":
    "every proposal with its tally (approved, rejected, pending, withdrawn)",
  "cli.help.subprocessors.export":
    "the register of every customer (CSV: one row per customer and sub-processor)",
  "cli.help.subprocessors.consent":
    "record a customer's decision that arrived in writing (privacy officers only)",
  "cli.help.subprocessors.consent.proposal": "proposal reference, e.g. SV-2027-0001",
  "cli.help.subprocessors.consent.document": "where the written decision is kept (letter, signed e-mail)",
  "cli.help.subprocessors.consent.reject": "record a rejection with this reason instead of a consent",
  "cli.help.subprocessors.consent.outsideEea":
    "art. 3.7 DPA: the document consents to processing outside the EEA",
  "cli.help.teams": "Microsoft Teams: the app package",
  "cli.help.teams.package":
    "write the Teams app package (zip) with TEAMS_CLIENT_ID and TEAMS_APP_ID filled in",
  "cli.help.teams.package.out": "where to write the zip",
  "cli.help.program":
    "dpa-bot operator commands: customer register, incident and request registers, staff roles, exports",
  "cli.help.staff": "staff roles ({roles})",
  "cli.help.language": "the language the bot speaks ({languages})",
  "cli.help.title.usage": "Usage:",
  "cli.help.title.arguments": "Arguments:",
  "cli.help.title.options": "Options:",
  "cli.help.title.commands": "Commands:",
  "cli.help.help": "display help for command",
  "cli.help.helpCommand": "display help for command",
  "cli.help.version": "output the version number",
  "cli.help.default": "default: ",
  "cli.help.staff.email": "a person the console knows by e-mail address only (any OpenID provider)",
  "cli.help.console": "the compliance console",
  "cli.help.console.link": "print a one-time sign-in link to the console (valid 15 minutes, works once)",
  "cli.help.console.link.email": "a person granted a role with `staff grant --email`",
  "cli.help.console.link.slackUser": "a person granted a role by Slack user id",
  "cli.help.console.link.teamsUser": "a person granted a role by Teams (Entra) object id",
} as const;
