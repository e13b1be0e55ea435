// Dutch texts of console-shell.ts; see catalog/en/console-shell.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { consoleShell as english } from "../en/console-shell.ts";

export const consoleShell: Translation<typeof english> = {
  "console.shell.product": "dpa-bot compliancecentrum",
  "console.shell.skip": "Naar de inhoud",
  "console.shell.nav.label": "Centrum",
  "console.shell.nav.overview": "Overzicht",
  "console.shell.nav.incidents": "Incidenten",
  "console.shell.nav.requests": "Verzoeken van betrokkenen",
  "console.shell.nav.subprocessors": "Subverwerkers",
  "console.shell.nav.customers": "Klanten",
  "console.shell.nav.audit": "Auditlog",
  "console.shell.nav.exports": "Exports",
  "console.shell.signedInAs": "Aangemeld als {name}",
  "console.shell.signOut": "Afmelden",
};
