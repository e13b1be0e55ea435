// Dutch texts of subprocessor-proposal.ts; see catalog/en/subprocessor-proposal.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { subprocessorProposal as english } from "../en/subprocessor-proposal.ts";

export const subprocessorProposal: Translation<typeof english> = {
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
  "subprocessor.msg.customers": { one: "{count} klant gevraagd", other: "{count} klanten gevraagd" },
  "subprocessor.msg.tally": "{approved} goedgekeurd, {rejected} geweigerd, {pending} in afwachting",
  "subprocessor.msg.withdrawnCount": "{count} ingetrokken",
  "subprocessor.msg.deliveryRetrying": {
    one: "✉️ {count} goedkeuringsverzoek nog niet afgeleverd; wordt automatisch opnieuw geprobeerd. Die goedkeurder is dus nog niet gevraagd.",
    other:
      "✉️ {count} goedkeuringsverzoeken nog niet afgeleverd; wordt automatisch opnieuw geprobeerd. Die goedkeurders zijn dus nog niet gevraagd.",
  },
  "subprocessor.msg.deliveryFailed": {
    one: "⚠️ {count} goedkeuringsverzoek kon niet afgeleverd worden; controleer het adres van die goedkeurder in het register.",
    other:
      "⚠️ {count} goedkeuringsverzoeken konden niet afgeleverd worden; controleer de adressen van die goedkeurders in het register.",
  },
  "subprocessor.msg.deliveryLastError": "Laatste fout: {error}",
  "subprocessor.msg.withdrawn": "Ingetrokken op {at}: de openstaande verzoeken zijn gesloten.",
  "subprocessor.msg.proposedBy":
    "Voorgesteld door {name} · art. 9: pas in gebruik voor een klant na diens goedkeuring",
  "subprocessor.button.withdraw": "Intrekken",
  "subprocessor.withdraw.confirmTitle": "Voorstel intrekken?",
  "subprocessor.withdraw.confirmText": {
    one: "Het openstaande verzoek wordt gesloten. Genomen beslissingen blijven bewaard.",
    other: "De {count} openstaande verzoeken worden gesloten. Genomen beslissingen blijven bewaard.",
  },
  "subprocessor.reply.proposed": {
    one: "Voorstel {ref} opgeslagen: {count} klant wordt gevraagd. Het verzoek gaat uit op het tempo van Slack.",
    other:
      "Voorstel {ref} opgeslagen: {count} klanten worden gevraagd. De verzoeken gaan uit op het tempo van Slack.",
  },
  "subprocessor.reply.withdrawn": "Voorstel {ref} ingetrokken.",
};
