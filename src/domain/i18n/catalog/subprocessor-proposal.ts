// Texts of proposing a sub-processor (art. 9 DPA): the /subverwerker form, its field errors and the
// proposal message with its tally. Modal titles and buttons stay within Slack's 24 characters.
export const en = {
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
  "subprocessor.msg.customers": "{count} customer(s) asked",
  "subprocessor.msg.tally": "{approved} approved, {rejected} rejected, {pending} pending",
  "subprocessor.msg.withdrawnCount": "{count} withdrawn",
  "subprocessor.msg.deliveryRetrying":
    "✉️ {count} approval request(s) not delivered yet; retried automatically. Those approvers have not been asked so far.",
  "subprocessor.msg.deliveryFailed":
    "⚠️ {count} approval request(s) could not be delivered; check those approvers' addresses in the register.",
  "subprocessor.msg.deliveryLastError": "Last error: {error}",
  "subprocessor.msg.withdrawn": "Withdrawn on {at}: the pending requests were closed.",
  "subprocessor.msg.proposedBy":
    "Proposed by {name} · art. 9 DPA: in use for a customer only once approved there",
  "subprocessor.button.withdraw": "Withdraw",
  "subprocessor.withdraw.confirmTitle": "Withdraw the proposal?",
  "subprocessor.withdraw.confirmText":
    "The {pending} pending request(s) are closed. Decisions taken stay recorded.",
  "subprocessor.reply.proposed":
    "Proposal {ref} stored: {count} customer(s) will be asked. The requests go out at Slack's pace.",
  "subprocessor.reply.withdrawn": "Proposal {ref} withdrawn.",
} as const;

export const nl: Record<keyof typeof en, string> = {
  "subprocessor.form.title": "Subverwerker wijzigen",
  "subprocessor.form.submit": "Voorstellen",
  "subprocessor.form.loadingTitle": "Subverwerker",
  "subprocessor.form.loading":
    "Formulier laden… Verschijnt er na enkele seconden niets, dan is Slack druk: sluit dit venster en probeer het over een minuut opnieuw.",
  "subprocessor.form.intro":
    "Art. 9 verwerkersovereenkomst: geen nieuwe subverwerker (of nieuw doel of land) zonder voorafgaande toestemming van elke klant. De goedkeurders van elke betrokken klant worden gevraagd; pas na hun goedkeuring is de subverwerker voor die klant in gebruik.",
  "subprocessor.form.name": "Subverwerker",
  "subprocessor.form.nameHint": "Juridische naam van het bedrijf, bv. Hetzner Online GmbH.",
  "subprocessor.form.purpose": "Dienst / doel",
  "subprocessor.form.country": "Land waar de gegevens verwerkt worden",
  "subprocessor.form.countryPlaceholder": "Typ een land",
  "subprocessor.form.countryHint": "Of het in de EER ligt, volgt uit het land (art. 3.7).",
  "subprocessor.form.mechanism": "Doorgiftemechanisme (buiten de EER)",
  "subprocessor.form.mechanismHint":
    "Verplicht buiten de EER; de voorafgaande schriftelijke toestemming van de klant is hoe dan ook nodig (art. 3.7). EU-adequaatheidsbesluiten: Zwitserland, Verenigd Koninkrijk, Japan, Zuid-Korea, Canada, Israël, Nieuw-Zeeland, Argentinië, Uruguay, Andorra, Faeröer, Guernsey, Jersey, Isle of Man (de VS alleen voor organisaties gecertificeerd onder het EU-US Data Privacy Framework).",
  "subprocessor.form.mechanism.adequacyHint": "Voor de hierboven genoemde landen",
  "subprocessor.form.mechanism.adequacyFor": "Geldt voor {country}",
  "subprocessor.form.mechanism.sccHint": "Modelcontractbepalingen (SCC) van de Europese Commissie",
  "subprocessor.form.mechanism.bcrHint":
    "Bindende bedrijfsvoorschriften (BCR), goedgekeurd door een toezichthouder",
  "subprocessor.form.dataCategories": "Categorieën persoonsgegevens",
  "subprocessor.form.dataCategoriesHint":
    "bv. contactgegevens van medewerkers, back-ups van de klantendatabank.",
  "subprocessor.form.intendedStart": "Beoogde startdatum",
  "subprocessor.form.scope": "Klanten",
  "subprocessor.form.scope.all": "Alle actieve klanten",
  "subprocessor.form.scope.selected": "Alleen de klanten hieronder",
  "subprocessor.form.customers": "Gekozen klanten",
  "subprocessor.form.customersPlaceholder": "Klanten zoeken",
  "subprocessor.form.reason": "Reden van de wijziging",

  "subprocessor.error.invalid": "Deze waarde is niet geldig.",
  "subprocessor.error.required": "Verplicht.",
  "subprocessor.error.tooLong": "Te lang.",
  "subprocessor.error.countryRequired": "Kies het land waar de gegevens verwerkt worden.",
  "subprocessor.error.countryUnknown": "Kies een land uit de lijst.",
  "subprocessor.error.mechanismRequired":
    "Buiten de EER: kies het doorgiftemechanisme (adequaatheidsbesluit, SCC of BCR).",
  "subprocessor.error.noAdequacy": "Voor dit land bestaat geen EU-adequaatheidsbesluit: kies SCC of BCR.",
  "subprocessor.error.startRequired": "Kies de beoogde startdatum.",
  "subprocessor.error.startInPast":
    "De startdatum ligt in het verleden: de toestemming moet eerst komen (art. 9).",
  "subprocessor.error.scopeRequired": "Kies alle actieve klanten of een selectie.",
  "subprocessor.error.customersRequired": "Kies minstens één klant.",
  "subprocessor.error.customerUnknown": "Een gekozen klant bestaat niet meer of is gearchiveerd.",
  "subprocessor.error.noCustomers": "Er zijn geen actieve klanten om te vragen.",
  "subprocessor.error.unexpected": "Er ging iets mis; er is niets opgeslagen. Probeer het opnieuw.",
  "subprocessor.error.proposalUnknown": "Dit voorstel bestaat niet meer.",

  "subprocessor.country.inEea": "EER",
  "subprocessor.country.outsideEea": "buiten de EER",
  "subprocessor.mechanism.none": "niet nodig (EER)",
  "subprocessor.mechanism.adequacy": "EU-adequaatheidsbesluit",
  "subprocessor.mechanism.scc": "Modelcontractbepalingen (SCC)",
  "subprocessor.mechanism.bcr": "Bindende bedrijfsvoorschriften (BCR)",
  "subprocessor.field.name": "Subverwerker",
  "subprocessor.field.country": "Land",
  "subprocessor.field.mechanism": "Doorgiftemechanisme",
  "subprocessor.field.intendedStart": "Beoogde start",
  "subprocessor.field.purpose": "Dienst / doel",
  "subprocessor.field.dataCategories": "Categorieën persoonsgegevens",
  "subprocessor.field.reason": "Reden",

  "subprocessor.msg.proposalHeader": "Voorstel subverwerker {ref}: {name}",
  "subprocessor.msg.customers": "{count} klant(en) gevraagd",
  "subprocessor.msg.tally": "{approved} goedgekeurd, {rejected} geweigerd, {pending} in afwachting",
  "subprocessor.msg.withdrawnCount": "{count} ingetrokken",
  "subprocessor.msg.deliveryRetrying":
    "✉️ {count} goedkeuringsverzoek(en) nog niet afgeleverd; wordt automatisch opnieuw geprobeerd. Die goedkeurders zijn dus nog niet gevraagd.",
  "subprocessor.msg.deliveryFailed":
    "⚠️ {count} goedkeuringsverzoek(en) konden niet afgeleverd worden; controleer de adressen van die goedkeurders in het register.",
  "subprocessor.msg.deliveryLastError": "Laatste fout: {error}",
  "subprocessor.msg.withdrawn": "Ingetrokken op {at}: de openstaande verzoeken zijn gesloten.",
  "subprocessor.msg.proposedBy":
    "Voorgesteld door {name} · art. 9: pas in gebruik voor een klant na diens goedkeuring",
  "subprocessor.button.withdraw": "Intrekken",
  "subprocessor.withdraw.confirmTitle": "Voorstel intrekken?",
  "subprocessor.withdraw.confirmText":
    "De {pending} openstaande verzoek(en) worden gesloten. Genomen beslissingen blijven bewaard.",
  "subprocessor.reply.proposed":
    "Voorstel {ref} opgeslagen: {count} klant(en) worden gevraagd. De verzoeken gaan uit op het tempo van Slack.",
  "subprocessor.reply.withdrawn": "Voorstel {ref} ingetrokken.",
};
