// Texts of the console's frame (every page): the product name, the navigation, the sign-out button.
export const consoleShell = {
  "console.shell.product": "dpa-bot compliance console",
  "console.shell.skip": "Skip to the content",
  "console.shell.nav.label": "Console",
  "console.shell.nav.overview": "Overview",
  "console.shell.nav.incidents": "Incidents",
  "console.shell.nav.requests": "Data-subject requests",
  "console.shell.nav.subprocessors": "Sub-processors",
  "console.shell.nav.customers": "Customers",
  "console.shell.nav.audit": "Audit log",
  "console.shell.nav.exports": "Exports",
  "console.shell.signedInAs": "Signed in as {name}",
  "console.shell.signOut": "Sign out",
} as const;
