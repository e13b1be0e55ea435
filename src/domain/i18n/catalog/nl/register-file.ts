// Dutch texts of register-file.ts; see catalog/en/register-file.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { registerFile as english } from "../en/register-file.ts";

export const registerFile: Translation<typeof english> = {
  "register.or": " of ",
  "register.error.controlCharacter": "bevat een stuurteken",
  "register.error.required": "{what} is verplicht",
  "register.error.date": "verwacht een datum als JJJJ-MM-DD",
  "register.error.notCalendarDate": "geen bestaande datum",
  "register.error.email": "ongeldig e-mailadres",
  "register.error.phoneQuotes": 'zet het telefoonnummer tussen aanhalingstekens, bv. "+32 470 12 34 56"',
  "register.error.phone": "ongeldig telefoonnummer (cijfers, spaties, + ( ) . / -)",
  "register.error.contactRole": "verwacht breach, dsr, approver of dpo",
  "register.error.contactRoleRequired": "minstens één rol is verplicht (breach, dsr, approver, dpo)",
  "register.error.slackUser": "verwacht een Slack-gebruikers-id zoals U0123ABCD",
  "register.error.dsrType": "verwacht access, rectification, erasure, restriction, portability of objection",
  "register.error.country": "verwacht een ISO 3166-landcode van twee letters zoals DE",
  "register.error.outsideEea":
    "{country} ligt buiten de EER: art. 3.7 van de verwerkersovereenkomst vraagt de schriftelijke toestemming van de klant (zet nonEeaConsent: true en consentReference)",
  "register.error.consentReference":
    "verplicht bij nonEeaConsent: waar de schriftelijke toestemming van de klant bewaard wordt",
  "register.error.key": "verwacht een sleutel van kleine letters, cijfers en streepjes",
  "register.error.enterpriseNumber": "verwacht een nummer zoals BE0123456789",
  "register.error.language": "verwacht {choices}",
  "register.error.authority": "verwacht GBA of AP",
  "register.error.slackChannel": "verwacht een Slack-kanaal-id zoals C0123ABCD",
  "register.error.contractEnd": "ligt vóór contractStart",
  "register.error.dsrTypesRole": "alleen voor een contactpersoon met de rol dsr",
  "register.error.listedTwice": "staat er twee keer in",
  "register.error.duplicateKey": 'sleutel "{key}" komt twee keer voor (ook customers[{first}])',
  "register.warning.noBreachContact":
    "customers[{index}] ({key}): geen contactpersoon voor datalekken; een melding van een datalek zou geen geadresseerde hebben",
  "register.warning.noDsrContact":
    "customers[{index}] ({key}): geen contactpersoon voor verzoeken; verzoeken van betrokkenen kunnen niet doorgestuurd worden",
};
