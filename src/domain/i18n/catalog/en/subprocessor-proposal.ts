// Texts of proposing a sub-processor (art. 9 DPA): the /subverwerker form, its field errors and the
// proposal message with its tally. Modal titles and buttons stay within Slack's 24 characters.
export const subprocessorProposal = {
  "subprocessor.form.title": "Sub-processor change",
  "subprocessor.form.submit": "Propose",
  "subprocessor.form.loadingTitle": "Sub-processor",
  "subprocessor.form.loading":
    "Loading the form… If nothing follows within a few seconds, Slack is busy: close this window and try again in a minute.",
  "subprocessor.form.intro":
    "Art. 9 DPA: no new sub-processor (or new purpose or country) without each customer's prior consent. Every affected customer's approvers are asked; the sub-processor is in use for a customer only once approved there.",
  "subprocessor.form.name": "Sub-processor",
  "subprocessor.form.nameHint": "Legal name of the company, e.g. Hetzner Online GmbH.",
  "subprocessor.form.purpose": "Service / purpose",
  "subprocessor.form.country": "Country where the data is processed",
  "subprocessor.form.countryPlaceholder": "Type a country",
  "subprocessor.form.countryHint": "Whether it lies in the EEA follows from the country (art. 3.7 DPA).",
  "subprocessor.form.mechanism": "Transfer mechanism (outside the EEA)",
  "subprocessor.form.mechanismHint":
    "Required outside the EEA; the customer's prior written consent is needed in any case (art. 3.7 DPA). EU adequacy decisions: Switzerland, United Kingdom, Japan, Republic of Korea, Canada, Israel, New Zealand, Argentina, Uruguay, Andorra, Faroe Islands, Guernsey, Jersey, Isle of Man (the USA only for organisations certified under the EU-US Data Privacy Framework).",
  "subprocessor.form.mechanism.adequacyHint": "For the countries listed above",
  "subprocessor.form.mechanism.adequacyFor": "Applies to {country}",
  "subprocessor.form.mechanism.sccHint": "Standard Contractual Clauses of the European Commission",
  "subprocessor.form.mechanism.bcrHint": "Binding Corporate Rules approved by a supervisory authority",
  "subprocessor.form.dataCategories": "Categories of personal data",
  "subprocessor.form.dataCategoriesHint":
    "e.g. contact details of employees, backups of the customer database.",
  "subprocessor.form.intendedStart": "Intended start date",
  "subprocessor.form.scope": "Customers",
  "subprocessor.form.scope.all": "All active customers",
  "subprocessor.form.scope.selected": "Only the customers selected below",
  "subprocessor.form.customers": "Selected customers",
  "subprocessor.form.customersPlaceholder": "Search customers",
  "subprocessor.form.reason": "Reason for the change",

  "subprocessor.error.invalid": "This value is not valid.",
  "subprocessor.error.required": "Required.",
  "subprocessor.error.tooLong": "Too long.",
  "subprocessor.error.countryRequired": "Choose the country where the data is processed.",
  "subprocessor.error.countryUnknown": "Choose a country from the list.",
  "subprocessor.error.mechanismRequired":
    "Outside the EEA: choose the transfer mechanism (adequacy decision, SCC or BCR).",
  "subprocessor.error.noAdequacy": "The EU has no adequacy decision for this country: choose SCC or BCR.",
  "subprocessor.error.startRequired": "Choose the intended start date.",
  "subprocessor.error.startInPast": "The start date lies in the past: consent must come first (art. 9 DPA).",
  "subprocessor.error.scopeRequired": "Choose all active customers or a selection.",
  "subprocessor.error.customersRequired": "Select at least one customer.",
  "subprocessor.error.customerUnknown": "A selected customer no longer exists or is archived.",
  "subprocessor.error.noCustomers": "There are no active customers to ask.",
  "subprocessor.error.unexpected": "Something went wrong; nothing was stored. Please try again.",
  "subprocessor.error.proposalUnknown": "This proposal no longer exists.",

  "subprocessor.country.inEea": "EEA",
  "subprocessor.country.outsideEea": "outside the EEA",
  "subprocessor.mechanism.none": "not needed (EEA)",
  "subprocessor.mechanism.adequacy": "EU adequacy decision",
  "subprocessor.mechanism.scc": "Standard Contractual Clauses",
  "subprocessor.mechanism.bcr": "Binding Corporate Rules",
  "subprocessor.field.name": "Sub-processor",
  "subprocessor.field.country": "Country",
  "subprocessor.field.mechanism": "Transfer mechanism",
  "subprocessor.field.intendedStart": "Intended start",
  "subprocessor.field.purpose": "Service / purpose",
  "subprocessor.field.dataCategories": "Categories of personal data",
  "subprocessor.field.reason": "Reason",

  "subprocessor.msg.proposalHeader": "Sub-processor proposal {ref}: {name}",
  "subprocessor.msg.customers": { one: "{count} customer asked", other: "{count} customers asked" },
  "subprocessor.msg.tally": "{approved} approved, {rejected} rejected, {pending} pending",
  "subprocessor.msg.withdrawnCount": "{count} withdrawn",
  "subprocessor.msg.deliveryRetrying": {
    one: "✉️ {count} approval request not delivered yet; retried automatically. That approver has not been asked so far.",
    other:
      "✉️ {count} approval requests not delivered yet; retried automatically. Those approvers have not been asked so far.",
  },
  "subprocessor.msg.deliveryFailed": {
    one: "⚠️ {count} approval request could not be delivered; check that approver's address in the register.",
    other:
      "⚠️ {count} approval requests could not be delivered; check those approvers' addresses in the register.",
  },
  "subprocessor.msg.deliveryLastError": "Last error: {error}",
  "subprocessor.msg.withdrawn": "Withdrawn on {at}: the pending requests were closed.",
  "subprocessor.msg.proposedBy":
    "Proposed by {name} · art. 9 DPA: in use for a customer only once approved there",
  "subprocessor.button.withdraw": "Withdraw",
  "subprocessor.withdraw.confirmTitle": "Withdraw the proposal?",
  "subprocessor.withdraw.confirmText": {
    one: "The pending request is closed. Decisions taken stay recorded.",
    other: "The {count} pending requests are closed. Decisions taken stay recorded.",
  },
  "subprocessor.reply.proposed": {
    one: "Proposal {ref} stored: {count} customer will be asked. The request goes out at Slack's pace.",
    other: "Proposal {ref} stored: {count} customers will be asked. The requests go out at Slack's pace.",
  },
  "subprocessor.reply.withdrawn": "Proposal {ref} withdrawn.",
} as const;
