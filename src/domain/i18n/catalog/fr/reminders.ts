// French texts of reminders.ts; see catalog/en/reminders.ts for what they are for. A `{deadline}`
// may be an instant the chat shows in the reader's own words ("today"): never "le {deadline}".
import type { Translation } from "../../catalog-types.ts";
import type { reminders as english } from "../en/reminders.ts";

export const reminders: Translation<typeof english> = {
  "reminders.breach.notify.summary": "Informer {customer} de {reference}",
  "reminders.breach.notify.before":
    "Encore {remaining} pour informer {customer} de {reference}. Échéance : {deadline}.",
  "reminders.breach.notify.due":
    "Le délai de 24 heures pour informer {customer} de {reference} est atteint ({deadline}). Pénalité si vous informez maintenant : {penalty} ; chaque heure entamée en plus coûte 50 €.",
  "reminders.breach.notify.late":
    "{customer} n'est toujours pas enregistré comme informé de {reference} : {late} de retard (échéance : {deadline}). Pénalité à ce jour : {penalty}.",
  "reminders.breach.notify.clause":
    "Art. 6 du contrat de sous-traitance : informer le client au plus tard 24 heures après la découverte. Art. 6.5 : 2 500 € plus 50 € par heure de retard entamée. Enregistrez l'information du client sur l'incident pour arrêter ces rappels.",
  "reminders.breach.authority.summary":
    "{customer} : décision sur la notification de {reference} à l'{authority}",
  "reminders.breach.authority.before":
    "{customer} doit décider s'il notifie {reference} à l'{authority} ; il reste {remaining}. Échéance : {deadline}.",
  "reminders.breach.authority.late":
    "Le délai de 72 heures dans lequel {customer} devait décider s'il notifie {reference} à l'{authority} est dépassé ({deadline}, il y a {late}). Interrogez le client et enregistrez sa décision.",
  "reminders.breach.authority.clause":
    "Annexe 3 et art. 33 RGPD : le client décide, dans les 72 heures suivant notre découverte, s'il notifie son autorité de contrôle. Enregistrez la décision sur l'incident pour arrêter ces rappels.",
  "reminders.dsr.forward.summary": "Transmettre la demande {reference} à {customer}",
  "reminders.dsr.forward.due":
    "La demande {reference} ({type}) pour {customer} n'est pas encore transmise ; échéance : {deadline}.",
  "reminders.dsr.forward.late":
    "La demande {reference} ({type}) pour {customer} n'est toujours pas transmise : {late} de retard (échéance : {deadline}).",
  "reminders.dsr.forward.clause":
    "Art. 8 du contrat de sous-traitance : les demandes des personnes concernées sont transmises sans délai au client. Les données ne vont qu'au contact du client, jamais dans ce canal.",
  "reminders.dsr.legal.summary": "Demande {reference} : délai légal ({customer})",
  "reminders.dsr.legal.before":
    "Demande {reference} ({type}) pour {customer} : le client doit répondre (échéance : {deadline}, encore {remaining}).",
  "reminders.dsr.legal.late":
    "Demande {reference} ({type}) pour {customer} : le délai légal ({deadline}) est dépassé depuis {late} et la demande n'est pas clôturée.",
  "reminders.dsr.legal.notForwarded": "La demande n'a même pas encore été transmise.",
  "reminders.dsr.legal.extended": "Le client a prolongé le délai.",
  "reminders.dsr.legal.clause":
    "Art. 12, § 3, RGPD : un mois à compter de la réception, prolongeable de deux mois (règlement 1182/71).",
  "reminders.subprocessor.summary":
    "{customer} : le sous-traitant ultérieur {subprocessor} attend son approbation",
  "reminders.subprocessor.pending":
    "{customer} ne s'est pas encore prononcé sur le sous-traitant ultérieur {subprocessor} (demande : {requested}, il y a {waiting}).",
  "reminders.subprocessor.outsideEea":
    "Traitement en dehors de l'EEE : une autorisation écrite préalable et explicite est requise (art. 3.7 du contrat de sous-traitance).",
  "reminders.subprocessor.clause":
    "Art. 9 du contrat de sous-traitance : aucun nouveau sous-traitant ultérieur sans l'autorisation préalable du client (500 € par manquement).",
  "reminders.retention.summary": "{customer} : détruire ou restituer les données",
  "reminders.retention.before":
    "{customer} : les données à caractère personnel doivent être détruites ou restituées (échéance : {deadline}, encore {remaining}). Fin du contrat : {contractEnd}.",
  "reminders.retention.late":
    "{customer} : le délai pour détruire ou restituer les données à caractère personnel a expiré ({deadline}, il y a {late}). Fin du contrat : {contractEnd}.",
  "reminders.retention.noTerm":
    "Le registre des clients ne mentionne aucun délai de conservation pour ce client ; la fin du contrat est donc retenue : enregistrez le délai prévu à l'annexe 1.",
  "reminders.retention.clause":
    "Art. 12 du contrat de sous-traitance et annexe 1 : détruire ou restituer les données dans le délai convenu après la fin du contrat. Archivez le client une fois que c'est fait.",
  "reminders.review.summary": "{customer} : évaluer les mesures de sécurité",
  "reminders.review.before":
    "{customer} : l'évaluation périodique des mesures de sécurité est prévue (échéance : {deadline}, encore {remaining}). Dernière évaluation : {last}.",
  "reminders.review.late":
    "{customer} : l'évaluation périodique des mesures de sécurité n'a pas eu lieu (échéance : {deadline}, il y a {late}). Dernière évaluation : {last}.",
  "reminders.review.never": "aucune enregistrée",
  "reminders.review.clause": {
    one: "Art. 5.9 du contrat de sous-traitance : les mesures de sécurité sont évaluées périodiquement, pour ce client chaque mois. Enregistrez l'évaluation pour arrêter ces rappels.",
    other:
      "Art. 5.9 du contrat de sous-traitance : les mesures de sécurité sont évaluées périodiquement, pour ce client tous les {count} mois. Enregistrez l'évaluation pour arrêter ces rappels.",
  },
  "reminders.days": { one: "{count} jour", other: "{count} jours" },
  "reminders.dsrType.access": "droit d'accès",
  "reminders.dsrType.rectification": "droit de rectification",
  "reminders.dsrType.erasure": "droit à l'effacement",
  "reminders.dsrType.restriction": "droit à la limitation du traitement",
  "reminders.dsrType.portability": "droit à la portabilité des données",
  "reminders.dsrType.objection": "droit d'opposition",
  "reminders.dsrType.other": "autre",
  "reminders.kind.breach.notify": "informer le client",
  "reminders.kind.breach.authority": "décision relative à l'autorité",
  "reminders.kind.dsr.forward": "transmettre la demande",
  "reminders.kind.dsr.legal": "délai de la demande",
  "reminders.kind.subprocessor.pending": "approbation d'un sous-traitant ultérieur",
  "reminders.kind.retention": "délai de conservation",
  "reminders.kind.review": "évaluation de la sécurité",

  // The line already holds colons; a dash reads better than a third one.
  "digest.separator": " — ",
  "digest.title": "Échéances ouvertes : aperçu quotidien",
  "digest.onDemandTitle": "Échéances ouvertes",
  "digest.summary": {
    one: "{count} échéance ouverte, {overdue} en retard",
    other: "{count} échéances ouvertes, {overdue} en retard",
  },
  "digest.nothingOpen":
    "Rien d'ouvert : aucun délai de violation de données, aucune décision relative à l'autorité, aucune demande ni approbation, et aucune date de conservation ou d'évaluation dans les 30 jours.",
  "digest.asOf": "Situation : {now}. Les plus urgentes d'abord.",
  "digest.more": {
    one: "… et {count} autre, non affichée ici.",
    other: "… et {count} autres, non affichées ici.",
  },
  "digest.status.left": "encore {remaining}, échéance : {deadline}",
  "digest.status.overdue": "en retard de {late}, échéance : {deadline}",
  "digest.status.penalty": "{late} de retard, pénalité à ce jour {penalty}",
  "digest.status.legalDeadline": "délai légal : {deadline}",
  "digest.line.breachNotify": "{reference} · {customer} : informer le client",
  "digest.status.emailPending": "✉️ e-mail pas encore envoyé, nouvel essai automatique",
  "digest.line.authority": "{reference} · {customer} : décision sur la notification à l'{authority}",
  "digest.line.requestForward": "{reference} · {customer} : transmettre la demande ({type})",
  "digest.line.requestLegal": "{reference} · {customer} : demande ({type}), délai légal",
  "digest.line.requestLegalExtended": "{reference} · {customer} : demande ({type}), délai légal prolongé",
  "digest.line.approval":
    "{customer} : approbation du sous-traitant ultérieur {subprocessor} en attente (demande : {requested})",
  "digest.line.approvalOutsideEea": ", hors EEE",
  "digest.line.retention": "{customer} : détruire ou restituer les données",
  "digest.line.review": "{customer} : évaluer les mesures de sécurité",
  "digest.line.failed": "Rappel non délivré ({kind}, {subject}) : {error}",
  "digest.command.error":
    "L'aperçu n'a pas pu être établi. Réessayez dans une minute ; l'erreur a été journalisée.",
};
