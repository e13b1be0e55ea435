// French texts of console-shell.ts; see catalog/en/console-shell.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { consoleShell as english } from "../en/console-shell.ts";

export const consoleShell: Translation<typeof english> = {
  "console.shell.product": "dpa-bot, console de conformité",
  "console.shell.skip": "Aller au contenu",
  "console.shell.nav.label": "Console",
  "console.shell.nav.overview": "Vue d'ensemble",
  "console.shell.nav.incidents": "Incidents",
  "console.shell.nav.requests": "Demandes des personnes concernées",
  "console.shell.nav.subprocessors": "Sous-traitants ultérieurs",
  "console.shell.nav.customers": "Clients",
  "console.shell.nav.audit": "Journal d'audit",
  "console.shell.nav.exports": "Exportations",
  "console.shell.signedInAs": "Connecté en tant que {name}",
  "console.shell.signOut": "Se déconnecter",
};
