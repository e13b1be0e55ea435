// French texts of register-file.ts; see catalog/en/register-file.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { registerFile as english } from "../en/register-file.ts";

export const registerFile: Translation<typeof english> = {
  "register.or": " ou ",
  "register.error.controlCharacter": "contient un caractère de contrôle",
  "register.error.required": "{what} est obligatoire",
  "register.error.date": "date attendue au format AAAA-MM-JJ",
  "register.error.notCalendarDate": "cette date n'existe pas",
  "register.error.email": "adresse e-mail invalide",
  "register.error.phoneQuotes":
    "écrivez le numéro de téléphone entre guillemets, p. ex. «\u00a0+32 470 12 34 56\u00a0»",
  "register.error.phone": "numéro de téléphone invalide (chiffres, espaces, + ( ) . / -)",
  "register.error.contactRole": "breach, dsr, approver ou dpo attendu",
  "register.error.contactRoleRequired": "au moins un rôle est obligatoire (breach, dsr, approver, dpo)",
  "register.error.slackUser": "identifiant d'utilisateur Slack attendu, comme U0123ABCD",
  "register.error.dsrType": "access, rectification, erasure, restriction, portability ou objection attendu",
  "register.error.country": "code pays ISO 3166 à deux lettres attendu, comme DE",
  "register.error.outsideEea":
    "{country} est hors de l'EEE\u00a0: l'art. 3.7 du contrat de sous-traitance exige le consentement écrit du client (indiquez nonEeaConsent: true et consentReference)",
  "register.error.consentReference":
    "obligatoire avec nonEeaConsent\u00a0: où le consentement écrit du client est conservé",
  "register.error.key": "clé attendue en minuscules, chiffres et tirets",
  "register.error.enterpriseNumber": "numéro attendu, comme BE0123456789",
  "register.error.language": "{choices} attendu",
  "register.error.authority": "GBA ou AP attendu",
  "register.error.slackChannel": "identifiant de canal Slack attendu, comme C0123ABCD",
  "register.error.contractEnd": "est antérieure à contractStart",
  "register.error.dsrTypesRole": "uniquement pour un contact ayant le rôle dsr",
  "register.error.listedTwice": "figure deux fois",
  "register.error.duplicateKey": "la clé «\u00a0{key}\u00a0» figure deux fois (aussi customers[{first}])",
  "register.warning.noBreachContact":
    "customers[{index}] ({key})\u00a0: aucun contact pour les violations de données\u00a0; une notification de violation n'aurait pas de destinataire",
  "register.warning.noDsrContact":
    "customers[{index}] ({key})\u00a0: aucun contact pour les demandes\u00a0; les demandes des personnes concernées ne peuvent pas être transmises",
};
