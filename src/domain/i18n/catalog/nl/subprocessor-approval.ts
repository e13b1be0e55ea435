// Dutch texts of subprocessor-approval.ts; see catalog/en/subprocessor-approval.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { subprocessorApproval as english } from "../en/subprocessor-approval.ts";

export const subprocessorApproval: Translation<typeof english> = {
  "subprocessor.msg.requestHeader": "Toestemming gevraagd: subverwerker {name}",
  "subprocessor.msg.requestIntro":
    "Voor {customer}: op grond van art. 9 van onze verwerkersovereenkomst vragen wij uw voorafgaande toestemming om deze subverwerker in te schakelen (of voor deze wijziging).",
  "subprocessor.msg.nonEeaWarning":
    "Art. 3.7 verwerkersovereenkomst: de gegevens zouden buiten de Europese Economische Ruimte verwerkt worden. Met uw goedkeuring geeft u daarvoor uw voorafgaande schriftelijke toestemming.",
  "subprocessor.msg.requestFooter": "Voorstel {ref}",
  "subprocessor.msg.requestSummary": "Toestemming gevraagd voor subverwerker {name} ({customer})",
  "subprocessor.button.approve": "Goedkeuren",
  "subprocessor.button.reject": "Weigeren",
  "subprocessor.outcome.approved": "Goedgekeurd door {by} op {at} ({via})",
  "subprocessor.outcome.rejected": "Geweigerd door {by} op {at} ({via})",
  "subprocessor.outcome.withdrawn": "Ingetrokken door de indiener: geen beslissing nodig.",
  "subprocessor.via.slack": "Slack",
  "subprocessor.via.teams": "Teams",
  "subprocessor.via.email_link": "e-maillink",
  "subprocessor.via.written_consent": "schriftelijke toestemming, geregistreerd door medewerker",

  "subprocessor.decide.approveTitle": "Goedkeuren",
  "subprocessor.decide.rejectTitle": "Weigeren",
  "subprocessor.decide.confirm": "Bevestiging (art. 3.7)",
  "subprocessor.decide.confirmOption": "Ik stem in met verwerking buiten de EER",
  "subprocessor.decide.reason": "Reden",
  "subprocessor.decide.reasonHint": "De indiener ziet deze reden.",
  "subprocessor.error.reasonRequired": "Geef de reden van de weigering.",
  "subprocessor.error.confirmNonEea": "Buiten de EER: bevestig de toestemming voor verwerking buiten de EER.",
  "subprocessor.error.approvalUnknown": "Dit verzoek bestaat niet meer.",
  "subprocessor.reply.notAllowed":
    "Alleen de aangewezen goedkeurders van de klant kunnen over dit verzoek beslissen. Uw poging is gelogd.",
  "subprocessor.reply.already": "Al beslist: {outcome}",
  "subprocessor.reply.recorded": "Geregistreerd: {outcome}",

  "subprocessor.mail.subject": "Toestemming gevraagd: subverwerker {name} ({customer})",
  "subprocessor.mail.body":
    "Beste {contact},\n\nOp grond van art. 9 van de verwerkersovereenkomst met {customer} vragen wij uw voorafgaande toestemming om een subverwerker in te schakelen:\n\n{terms}\n\nKeur goed of weiger op deze persoonlijke pagina (geldig tot {expires}, eenmalig bruikbaar):\n{link}\n\nDeze link is alleen voor u bedoeld; stuur hem niet door.",
  "subprocessor.page.title": "Toestemming voor subverwerker {name}",
  "subprocessor.page.for": "Voor {customer}, gevraagd aan {contact}.",
  "subprocessor.page.choose": "Uw beslissing",
  "subprocessor.page.approve": "Goedkeuren",
  "subprocessor.page.reject": "Weigeren",
  "subprocessor.page.reasonLabel": "Reden (verplicht bij weigeren)",
  "subprocessor.page.confirmLabel":
    "Ik stem in met verwerking buiten de Europese Economische Ruimte (art. 3.7 verwerkersovereenkomst)",
  "subprocessor.page.submit": "Beslissing versturen",
  "subprocessor.page.errors": "Verbeter het volgende:",
  "subprocessor.page.chooseRequired": "Kies goedkeuren of weigeren.",
  "subprocessor.page.doneTitle": "Dank u",
  "subprocessor.page.done": "Uw beslissing is geregistreerd: {outcome}",
  "subprocessor.page.invalidTitle": "Deze link kan niet gebruikt worden",
  "subprocessor.page.invalid":
    "Deze link is niet geldig. Gebruik de link uit uw e-mail precies zoals hij is, of vraag ons een nieuwe. Er is niets gewijzigd.",
  "subprocessor.page.expired": "Deze link is verlopen. Vraag ons een nieuwe. Er is niets gewijzigd.",
  "subprocessor.page.used": "Deze link is al gebruikt. Er is niets gewijzigd.",
  "subprocessor.page.alreadyDecided": "Voor {customer} is al beslist: {outcome}. Er is niets gewijzigd.",
  "subprocessor.digest.startReached":
    "⚠ risico art. 9.4: de beoogde start ({date}) is bereikt zonder toestemming van deze klant",
  "subprocessor.page.csrf":
    "Het formulier was verlopen. Open de link uit uw e-mail opnieuw. Er is niets gewijzigd.",
  "subprocessor.page.about": "Voorstel {ref}: subverwerker {name}, voor {customer}.",
};
