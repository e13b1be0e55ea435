// What the operator's CLI (`dpa-bot`) says to a person: results, hints and errors, in the language
// of the operator's locale (LC_ALL, LC_MESSAGES or LANG), English otherwise. JSON and CSV output,
// the option names and --help stay as they are: scripts and the README read those.
export const cli = {
  "cli.formatChoice": '--format must be csv or json (got "{format}")',
  "cli.written": "{what} written to {file}",
  "cli.what.register": "register",
  "cli.what.requests": "requests",
  "cli.what.subprocessors": "sub-processor register",
  "cli.warning": "warning: {text}",

  "cli.customers.invalid": {
    one: "{file}: {count} error, nothing imported:",
    other: "{file}: {count} errors, nothing imported:",
  },
  "cli.customers.valid": {
    one: "{file}: valid, {count} customer; nothing written (--dry-run)",
    other: "{file}: valid, {count} customers; nothing written (--dry-run)",
  },
  "cli.customers.imported": "{file}: {created} created, {updated} updated, {unchanged} unchanged",
  "cli.customers.none": "No customers. Import a register with: npx dpa-bot customers import customers.yaml",
  "cli.customers.contacts": { one: "{count} contact", other: "{count} contacts" },
  "cli.customers.subprocessors": { one: "{count} sub-processor", other: "{count} sub-processors" },
  "cli.file.unreadable": "{file}: cannot read ({reason})",
  "cli.file.invalid": "{file}: not valid {format}: {reason}",

  "cli.incidents.none": "No incidents. Breaches are reported with /datalek in Slack.",
  "cli.incidents.status.open": "open",
  "cli.incidents.status.closed": "closed",
  "cli.incidents.discovered": "discovered {at}",
  "cli.incidents.informBy": "inform by {at}",
  "cli.incidents.informed": "informed {at} {via}",
  "cli.incidents.notInformed": "NOT informed",
  "cli.incidents.penalty": "penalty {penalty}",
  "cli.incidents.decision": "{authority}: {decision} (by {at})",
  "cli.incidents.decision.pending": "pending",
  "cli.incidents.decision.notify": "will notify",
  "cli.incidents.decision.not_notify": "will not notify",
  "cli.incidents.decision.notified": "notified",

  "cli.requests.none": "No requests. Register one with /avg-verzoek in Slack.",
  "cli.requests.status.received": "received",
  "cli.requests.status.forwarded": "forwarded",
  "cli.requests.status.closed": "closed",
  "cli.requests.forwarded": "forwarded {at} to {to}",
  "cli.requests.forwardBy": "forward by {at}",
  "cli.requests.deadline": "deadline {at}",

  "cli.staff.role": '<role>: expected one of {roles}, got "{role}"',
  "cli.staff.onePerson":
    "name the person with exactly one of --slack-user, --teams-user, --cli-user or --email",
  "cli.staff.email": '--email: expected an e-mail address, got "{value}"',
  "cli.staff.workspaceWithUser": "--slack-workspace goes with --slack-user",
  "cli.staff.teamsUser": '--teams-user: expected an AAD object id (a GUID), got "{value}"',
  "cli.staff.cliUser": '--cli-user: expected an operating-system user name, got "{value}"',
  "cli.staff.notHolding": "{user} is not {role}",
  "cli.staff.granted": {
    one: "{user}: {role} granted ({count} account)",
    other: "{user}: {role} granted ({count} accounts)",
  },
  "cli.staff.revoked": {
    one: "{user}: {role} revoked ({count} account)",
    other: "{user}: {role} revoked ({count} accounts)",
  },
  "cli.staff.none":
    "No staff roles granted. Name the first privacy officer with: dpa-bot staff grant privacy-officer --slack-user U0123ABCD",

  "cli.console.onePerson": "name the person with exactly one of --email, --slack-user or --teams-user",
  "cli.console.noRole": "{user} holds no role, so the console would refuse them. Grant one first: {grant}",
  "cli.console.link": "One-time sign-in link for {user}, valid until {until} and usable once:",

  "cli.slackUser": '--slack-user: expected a user id like U0123ABCD, got "{value}"',
  "cli.slackWorkspace": '--slack-workspace: expected a team id like T0123ABCD, got "{value}"',
  "cli.language.choice": '<language>: expected {languages}, got "{value}"',
  "cli.language.eitherPlatform": "give either --slack-workspace or --teams-tenant, not both",
  "cli.language.slackUserWithWorkspace": "--slack-user goes with --slack-workspace",
  "cli.language.teamsUserWithTenant": "--teams-user goes with --teams-tenant",
  "cli.language.tenant": '--teams-tenant: expected a tenant id (GUID), got "{value}"',
  "cli.language.teamsUser": '--teams-user: expected the person\'s AAD object id (GUID), got "{value}"',
  "cli.language.where": "give --slack-workspace <team-id> or --teams-tenant <tenant-id>",
  "cli.language.setWorkspace": "workspace {workspace}: {language}",
  "cli.language.setTenant": "tenant {workspace}: {language}",
  "cli.language.setPerson": "{user} in {workspace}: {language}",

  "cli.audit.limit": '--limit: expected a whole number from 1 to 10000, got "{value}"',
  "cli.audit.entity": '--entity: expected type:id, got "{value}"',

  "cli.subprocessors.noCustomer": 'no customer with key "{key}"',
  "cli.subprocessors.status.open": "open",
  "cli.subprocessors.status.withdrawn": "withdrawn",
  "cli.subprocessors.state.pending": "pending",
  "cli.subprocessors.state.approved": "approved",
  "cli.subprocessors.state.rejected": "rejected",
  "cli.subprocessors.state.withdrawn": "withdrawn",
  "cli.subprocessors.notAsked": 'customer "{customer}" was not asked in proposal {proposal}',
  "cli.subprocessors.notPrivacyOfficer":
    "{name} is not a privacy officer: only privacy officers record written consent",
  "cli.subprocessors.already": "already {state}",
  "cli.subprocessors.alreadyBy": "already {state} by {by} on {at} ({via})",
  "cli.subprocessors.recorded": "{proposal} {customer}: {state} (written consent, {document})",

  "cli.teams.written": "wrote {file} ({bytes} bytes): upload it in Teams Admin Center > Manage apps",
  "cli.teams.clientIdRequired":
    "TEAMS_CLIENT_ID: required to package the Teams app (the Azure bot's application id)",
  "cli.teams.notGuid": '{variable}: expected a GUID, got "{value}"',
} as const;
