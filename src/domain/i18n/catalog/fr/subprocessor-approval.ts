// French texts of subprocessor-approval.ts; see catalog/en/subprocessor-approval.ts for what they
// are for. Sent to customers: vous, and the terms of the French version of the GDPR.
import type { Translation } from "../../catalog-types.ts";
import type { subprocessorApproval as english } from "../en/subprocessor-approval.ts";

export const subprocessorApproval: Translation<typeof english> = {
  "subprocessor.msg.requestHeader": "Autorisation demandée : sous-traitant ultérieur {name}",
  "subprocessor.msg.requestIntro":
    "Pour {customer} : en vertu de l'art. 9 de notre contrat de sous-traitance, nous sollicitons votre autorisation préalable pour recourir à ce sous-traitant ultérieur (ou pour cette modification).",
  "subprocessor.msg.nonEeaWarning":
    "Art. 3.7 du contrat de sous-traitance : les données seraient traitées en dehors de l'Espace économique européen. En approuvant, vous donnez votre autorisation écrite préalable à ce traitement.",
  "subprocessor.msg.requestFooter": "Proposition {ref}",
  "subprocessor.msg.requestSummary":
    "Autorisation demandée pour le sous-traitant ultérieur {name} ({customer})",
  "subprocessor.button.approve": "Approuver",
  "subprocessor.button.reject": "Refuser",
  "subprocessor.outcome.approved": "Approuvé par {by} le {at} ({via})",
  "subprocessor.outcome.rejected": "Refusé par {by} le {at} ({via})",
  "subprocessor.outcome.withdrawn":
    "Retiré par l'auteur de la proposition : aucune décision n'est nécessaire.",
  "subprocessor.via.slack": "Slack",
  "subprocessor.via.teams": "Teams",
  "subprocessor.via.email_link": "lien reçu par e-mail",
  "subprocessor.via.written_consent": "autorisation écrite, enregistrée par un membre du personnel",

  "subprocessor.decide.approveTitle": "Approuver",
  "subprocessor.decide.rejectTitle": "Refuser",
  "subprocessor.decide.confirm": "Confirmation (art. 3.7)",
  "subprocessor.decide.confirmOption": "J'autorise le traitement en dehors de l'EEE",
  "subprocessor.decide.reason": "Motif",
  "subprocessor.decide.reasonHint": "L'auteur de la proposition verra ce motif.",
  "subprocessor.error.reasonRequired": "Indiquez le motif du refus.",
  "subprocessor.error.confirmNonEea": "Hors EEE : confirmez l'autorisation du traitement en dehors de l'EEE.",
  "subprocessor.error.approvalUnknown": "Cette demande n'existe plus.",
  "subprocessor.reply.notAllowed":
    "Seuls les approbateurs désignés du client peuvent se prononcer sur cette demande. Votre tentative a été journalisée.",
  "subprocessor.reply.already": "Déjà décidé : {outcome}",
  "subprocessor.reply.recorded": "Enregistré : {outcome}",

  "subprocessor.mail.subject": "Autorisation demandée : sous-traitant ultérieur {name} ({customer})",
  "subprocessor.mail.body":
    "Bonjour {contact},\n\nEn vertu de l'art. 9 du contrat de sous-traitance conclu avec {customer}, nous sollicitons votre autorisation préalable pour recourir à un sous-traitant ultérieur :\n\n{terms}\n\nApprouvez ou refusez sur cette page personnelle (valable jusqu'au {expires}, utilisable une seule fois) :\n{link}\n\nCe lien vous est personnellement destiné ; merci de ne pas le transférer.",
  "subprocessor.page.title": "Autorisation pour le sous-traitant ultérieur {name}",
  "subprocessor.page.for": "Pour {customer}, demandée à {contact}.",
  "subprocessor.page.choose": "Votre décision",
  "subprocessor.page.approve": "Approuver",
  "subprocessor.page.reject": "Refuser",
  "subprocessor.page.reasonLabel": "Motif (obligatoire en cas de refus)",
  "subprocessor.page.confirmLabel":
    "J'autorise le traitement en dehors de l'Espace économique européen (art. 3.7 du contrat de sous-traitance)",
  "subprocessor.page.submit": "Envoyer la décision",
  "subprocessor.page.errors": "Veuillez corriger ce qui suit :",
  "subprocessor.page.chooseRequired": "Choisissez approuver ou refuser.",
  "subprocessor.page.doneTitle": "Merci",
  "subprocessor.page.done": "Votre décision a été enregistrée : {outcome}",
  "subprocessor.page.invalidTitle": "Ce lien ne peut pas être utilisé",
  "subprocessor.page.invalid":
    "Ce lien n'est pas valable. Utilisez le lien de votre e-mail exactement tel quel, ou demandez-nous-en un nouveau. Rien n'a été modifié.",
  "subprocessor.page.expired": "Ce lien a expiré. Demandez-nous-en un nouveau. Rien n'a été modifié.",
  "subprocessor.page.used": "Ce lien a déjà été utilisé. Rien n'a été modifié.",
  "subprocessor.page.alreadyDecided":
    "Une décision a déjà été prise pour {customer} : {outcome}. Rien n'a été modifié.",
  "subprocessor.digest.startReached":
    "⚠ risque art. 9.4 : la date de début prévue ({date}) est atteinte sans l'autorisation de ce client",
  "subprocessor.page.csrf":
    "Le formulaire avait expiré. Ouvrez à nouveau le lien de votre e-mail. Rien n'a été modifié.",
  "subprocessor.page.about": "Proposition {ref} : sous-traitant ultérieur {name}, pour {customer}.",
};
