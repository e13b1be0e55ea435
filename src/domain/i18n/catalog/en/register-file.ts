// Texts of the customer register file's validation (`dpa-bot customers validate|import`): each
// follows the path of the bad value (customers[2].contacts[0].email: ...). Field names and the
// values a field accepts are the file's own words and stay as they are in every language.
export const registerFile = {
  "register.or": " or ",
  "register.error.controlCharacter": "contains a control character",
  "register.error.required": "{what} is required",
  "register.error.date": "expected a date as YYYY-MM-DD",
  "register.error.notCalendarDate": "not a calendar date",
  "register.error.email": "invalid e-mail",
  "register.error.phoneQuotes": 'write the phone number in quotes, e.g. "+32 470 12 34 56"',
  "register.error.phone": "invalid phone number (digits, spaces, + ( ) . / -)",
  "register.error.contactRole": "expected breach, dsr, approver or dpo",
  "register.error.contactRoleRequired": "at least one role is required (breach, dsr, approver, dpo)",
  "register.error.slackUser": "expected a Slack user id like U0123ABCD",
  "register.error.dsrType": "expected access, rectification, erasure, restriction, portability or objection",
  "register.error.country": "expected an ISO 3166 alpha-2 country code like DE",
  "register.error.outsideEea":
    "{country} is outside the EEA: art. 3.7 DPA needs the customer's written consent (set nonEeaConsent: true and consentReference)",
  "register.error.consentReference":
    "required with nonEeaConsent: where the customer's written consent is kept",
  "register.error.key": "expected a slug of lowercase letters, digits and dashes",
  "register.error.enterpriseNumber": "expected a number like BE0123456789",
  "register.error.language": "expected {choices}",
  "register.error.authority": "expected GBA or AP",
  "register.error.slackChannel": "expected a Slack channel id like C0123ABCD",
  "register.error.contractEnd": "is before contractStart",
  "register.error.dsrTypesRole": "only for a contact with the dsr role",
  "register.error.listedTwice": "listed twice",
  "register.error.duplicateKey": 'duplicate key "{key}" (also customers[{first}])',
  "register.warning.noBreachContact":
    "customers[{index}] ({key}): no breach contact; a breach notification would have no addressee",
  "register.warning.noDsrContact":
    "customers[{index}] ({key}): no dsr contact; data-subject requests cannot be forwarded",
} as const;
