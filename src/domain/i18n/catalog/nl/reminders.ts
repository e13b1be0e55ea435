// Dutch texts of reminders.ts; see catalog/en/reminders.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { reminders as english } from "../en/reminders.ts";

export const reminders: Translation<typeof english> = {
  "reminders.breach.notify.summary": "Informeer {customer} over {reference}",
  "reminders.breach.notify.before":
    "Nog {remaining} om {customer} te informeren over {reference}. Uiterlijk: {deadline}.",
  "reminders.breach.notify.due":
    "De termijn van 24 uur om {customer} te informeren over {reference} is bereikt ({deadline}). Boete bij melding nu: {penalty}; elk volgend begonnen uur kost € 50 extra.",
  "reminders.breach.notify.late":
    "{customer} is nog altijd niet geïnformeerd over {reference}: {late} te laat (uiterlijk {deadline}). Boete tot nu: {penalty}.",
  "reminders.breach.notify.clause":
    "Art. 6 verwerkersovereenkomst: informeer de klant uiterlijk 24 uur na ontdekking. Art. 6.5: € 2.500 plus € 50 per begonnen uur te laat. Registreer de melding op het incident om deze herinneringen te stoppen.",
  "reminders.breach.authority.summary":
    "{customer}: beslissing over melding aan de {authority} over {reference}",
  "reminders.breach.authority.before":
    "{customer} moet binnen {remaining} beslissen of {reference} gemeld wordt aan de {authority}. Uiterlijk: {deadline}.",
  "reminders.breach.authority.late":
    "De termijn van 72 uur voor de beslissing van {customer} over melding aan de {authority} van {reference} is verstreken ({deadline}, {late} geleden). Vraag de klant en registreer de beslissing.",
  "reminders.breach.authority.clause":
    "Bijlage 3 en AVG art. 33: de klant beslist binnen 72 uur na onze ontdekking over melding aan zijn toezichthouder. Registreer de beslissing op het incident om deze herinneringen te stoppen.",
  "reminders.dsr.forward.summary": "Stuur verzoek {reference} door naar {customer}",
  "reminders.dsr.forward.due":
    "Verzoek {reference} ({type}) voor {customer} is nog niet doorgestuurd; dat moet uiterlijk {deadline}.",
  "reminders.dsr.forward.late":
    "Verzoek {reference} ({type}) voor {customer} is nog altijd niet doorgestuurd: {late} te laat (uiterlijk {deadline}).",
  "reminders.dsr.forward.clause":
    "Art. 8 verwerkersovereenkomst: verzoeken van betrokkenen worden onverwijld aan de klant doorgestuurd. De gegevens gaan alleen naar de contactpersoon van de klant, nooit naar dit kanaal.",
  "reminders.dsr.legal.summary": "Verzoek {reference}: wettelijke termijn van {customer}",
  "reminders.dsr.legal.before":
    "Verzoek {reference} ({type}) voor {customer}: de klant moet antwoorden uiterlijk {deadline} (nog {remaining}).",
  "reminders.dsr.legal.late":
    "Verzoek {reference} ({type}) voor {customer}: de wettelijke termijn {deadline} is verstreken ({late} geleden) en het verzoek is niet afgesloten.",
  "reminders.dsr.legal.notForwarded": "Het verzoek is zelfs nog niet doorgestuurd.",
  "reminders.dsr.legal.extended": "De klant heeft de termijn verlengd.",
  "reminders.dsr.legal.clause":
    "AVG art. 12(3): één maand na ontvangst, met twee maanden te verlengen (Verordening 1182/71).",
  "reminders.subprocessor.summary": "{customer}: subverwerker {subprocessor} wacht op goedkeuring",
  "reminders.subprocessor.pending":
    "{customer} heeft nog niet beslist over subverwerker {subprocessor}, gevraagd op {requested} ({waiting} geleden).",
  "reminders.subprocessor.outsideEea":
    "Verwerking buiten de EER: uitdrukkelijke voorafgaande schriftelijke toestemming vereist (art. 3.7 verwerkersovereenkomst).",
  "reminders.subprocessor.clause":
    "Art. 9 verwerkersovereenkomst: geen nieuwe subverwerker zonder voorafgaande toestemming van de klant (€ 500 per overtreding).",
  "reminders.retention.summary": "{customer}: vernietig of retourneer de gegevens",
  "reminders.retention.before":
    "{customer}: de persoonsgegevens moeten vernietigd of teruggegeven zijn uiterlijk {deadline} (nog {remaining}). Het contract eindigde op {contractEnd}.",
  "reminders.retention.late":
    "{customer}: de termijn om de persoonsgegevens te vernietigen of terug te geven eindigde op {deadline} ({late} geleden). Het contract eindigde op {contractEnd}.",
  "reminders.retention.noTerm":
    "Het klantenregister bevat geen bewaartermijn voor deze klant, dus geldt het einde van het contract: registreer de termijn uit bijlage 1.",
  "reminders.retention.clause":
    "Art. 12 verwerkersovereenkomst en bijlage 1: vernietig of retourneer de gegevens binnen de afgesproken termijn na het einde van het contract. Archiveer de klant zodra dat gebeurd is.",
  "reminders.review.summary": "{customer}: evalueer de beveiligingsmaatregelen",
  "reminders.review.before":
    "{customer}: de periodieke evaluatie van de beveiligingsmaatregelen is gepland op {deadline} (nog {remaining}). Laatste evaluatie: {last}.",
  "reminders.review.late":
    "{customer}: de periodieke evaluatie van de beveiligingsmaatregelen was gepland op {deadline} ({late} geleden). Laatste evaluatie: {last}.",
  "reminders.review.never": "geen geregistreerd",
  "reminders.review.clause": {
    one: "Art. 5.9 verwerkersovereenkomst: de beveiligingsmaatregelen worden periodiek geëvalueerd, voor deze klant elke maand. Registreer de evaluatie om deze herinneringen te stoppen.",
    other:
      "Art. 5.9 verwerkersovereenkomst: de beveiligingsmaatregelen worden periodiek geëvalueerd, voor deze klant elke {count} maanden. Registreer de evaluatie om deze herinneringen te stoppen.",
  },
  "reminders.days": { one: "{count} dag", other: "{count} dagen" },
  "reminders.dsrType.access": "inzage",
  "reminders.dsrType.rectification": "rectificatie",
  "reminders.dsrType.erasure": "wissing",
  "reminders.dsrType.restriction": "beperking",
  "reminders.dsrType.portability": "overdraagbaarheid",
  "reminders.dsrType.objection": "bezwaar",
  "reminders.dsrType.other": "ander",
  "reminders.kind.breach.notify": "klant informeren",
  "reminders.kind.breach.authority": "beslissing toezichthouder",
  "reminders.kind.dsr.forward": "verzoek doorsturen",
  "reminders.kind.dsr.legal": "termijn verzoek",
  "reminders.kind.subprocessor.pending": "goedkeuring subverwerker",
  "reminders.kind.retention": "bewaartermijn",
  "reminders.kind.review": "evaluatie beveiliging",

  "digest.separator": ": ",
  "digest.title": "Openstaande termijnen: dagelijks overzicht",
  "digest.onDemandTitle": "Openstaande termijnen",
  "digest.summary": {
    one: "{count} openstaande termijn, {overdue} verstreken",
    other: "{count} openstaande termijnen, {overdue} verstreken",
  },
  "digest.nothingOpen":
    "Niets open: geen datalektermijnen, beslissingen over de toezichthouder, verzoeken of goedkeuringen, en geen bewaar- of evaluatiedatum binnen 30 dagen.",
  "digest.asOf": "Stand op {now}. Dringendste eerst.",
  "digest.more": "… en nog {count}, hier niet getoond.",
  "digest.status.left": "nog {remaining}, tot {deadline}",
  "digest.status.overdue": "{late} te laat, sinds {deadline}",
  "digest.status.penalty": "{late} te laat, boete tot nu {penalty}",
  "digest.status.legalDeadline": "wettelijke termijn {deadline}",
  "digest.line.breachNotify": "{reference} · {customer}: klant informeren",
  "digest.status.emailPending": "✉️ e-mail nog niet verstuurd, wordt automatisch opnieuw geprobeerd",
  "digest.line.authority": "{reference} · {customer}: beslissing over melding aan de {authority}",
  "digest.line.requestForward": "{reference} · {customer}: verzoek tot {type} doorsturen",
  "digest.line.requestLegal": "{reference} · {customer}: verzoek tot {type}, wettelijke termijn",
  "digest.line.requestLegalExtended":
    "{reference} · {customer}: verzoek tot {type}, verlengde wettelijke termijn",
  "digest.line.approval": "{customer}: goedkeuring van subverwerker {subprocessor}, open sinds {requested}",
  "digest.line.approvalOutsideEea": " (buiten de EER)",
  "digest.line.retention": "{customer}: gegevens vernietigen of retourneren",
  "digest.line.review": "{customer}: beveiligingsmaatregelen evalueren",
  "digest.line.failed": "Herinnering niet afgeleverd ({kind}, {subject}): {error}",
  "digest.command.error":
    "Het overzicht kon niet worden opgebouwd. Probeer het over een minuut opnieuw; de fout is gelogd.",
};
