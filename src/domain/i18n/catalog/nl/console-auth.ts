// Dutch texts of console-auth.ts; see catalog/en/console-auth.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { consoleAuth as english } from "../en/console-auth.ts";

export const consoleAuth: Translation<typeof english> = {
  "console.auth.signIn.title": "Aanmelden",
  "console.auth.signIn.intro":
    "De complianceconsole is voor medewerkers met een rol: incidentbehandelaars, privacyfunctionarissen, auditors en beheerders.",
  "console.auth.signIn.with": "Aanmelden met {provider}",
  "console.auth.signIn.noProvider":
    "Voor deze console is geen aanmeldprovider ingesteld. Vraag een beheerder om een eenmalige aanmeldlink; die maakt er een op de server met:",
  "console.auth.signIn.orLink": "Een beheerder kan je ook een eenmalige aanmeldlink geven met:",
  "console.auth.link.title": "Aanmelden met je link",
  "console.auth.link.text":
    "Deze link meldt {name} één keer aan. Hij blijft geldig tot hij gebruikt wordt of verloopt: deze pagina openen veranderde niets.",
  "console.auth.link.button": "Aanmelden",
  "console.auth.link.used.title": "Deze link werd al gebruikt",
  "console.auth.link.used.text": "Een aanmeldlink werkt één keer. Vraag een beheerder om een nieuwe.",
  "console.auth.link.expired.title": "Deze link is verlopen",
  "console.auth.link.expired.text":
    "Een aanmeldlink is 15 minuten geldig. Vraag een beheerder om een nieuwe.",
  "console.auth.link.invalid.title": "Deze link is niet geldig",
  "console.auth.link.invalid.text":
    "Controleer of het hele adres gekopieerd werd, of vraag een beheerder om een nieuwe link.",
  "console.auth.refused.title": "Geen toegang tot de console",
  "console.auth.unverified":
    "Je aanmeldprovider bevestigde je e-mailadres niet en kan dus niet zeggen wie je bent. Vraag een beheerder om een aanmeldlink.",
  "console.auth.failed.title": "Aanmelden is niet gelukt",
  "console.auth.failed.text":
    "Het aanmelden werd onderbroken, duurde te lang of begon in een andere browser. Er is niets gewijzigd.",
  "console.auth.again": "Opnieuw aanmelden",
  "console.auth.ended.title": "Je sessie is afgelopen",
  "console.auth.ended.text":
    "Meld je opnieuw aan om verder te gaan. Wat je het laatst verstuurde, is niet bewaard.",
  "console.auth.forged.title": "Dit formulier kan niet meer verstuurd worden",
  "console.auth.forged.text":
    "Het kwam niet van een pagina van deze console, of de pagina is ouder dan je sessie. Er is niets gewijzigd: laad de pagina opnieuw en probeer nog eens.",
  "console.auth.signedOut.title": "Je bent afgemeld",
  "console.auth.signedOut.text": "Je sessie in deze browser is beëindigd.",
  "console.auth.home.text":
    "Je bent aangemeld. De pagina's van de console verschijnen hier zodra ze er zijn.",
  "console.auth.startup.link":
    "Console op {url}. Er is geen aanmeldprovider ingesteld (OIDC_ISSUER_URL): geef jezelf een rol met `npm run cli -- staff grant admin --email jij@example.com` en maak dan een eenmalige aanmeldlink met `npm run cli -- console link --email jij@example.com`",
  "console.auth.startup.oidc": "Console op {url}, aanmelden met {provider}",
};
