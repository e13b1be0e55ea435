// French texts of breach-incident.ts; see catalog/en/breach-incident.ts for what they are for.
// Modal titles and buttons stay within Slack's 24 characters. The authority's names begin with a
// vowel in French ("l'APD", "l'AP"), which the texts below rely on.
import type { Translation } from "../../catalog-types.ts";
import type { breachIncident as english } from "../en/breach-incident.ts";

export const breachIncident: Translation<typeof english> = {
  "breach.msg.header": "🚨 {ref} · Violation de données",
  "breach.msg.headerClosed": "{ref} · Violation de données (clôturée)",
  "breach.field.description": "Description",
  "breach.msg.status": "Statut",
  "breach.msg.discovered": "Découverte",
  "breach.msg.notifyBy": "Informer les clients avant",
  "breach.msg.authorityBy": "Décision relative à l'autorité avant",
  "breach.msg.reporter": "Signalée par",
  "breach.msg.completeness": "Formulaire de notification",
  "breach.msg.completenessValue": "{filled} éléments sur {total}",
  "breach.msg.penalty": "Pénalité encourue (art. 6.5)",
  "breach.msg.moreCustomers": {
    one: "Et {count} autre client (informé : {informed}, pas encore : {open}).",
    other: "Et {count} autres clients (informés : {informed}, pas encore : {open}).",
  },
  "breach.msg.missing": "Encore à compléter : {items}.",
  "breach.msg.closedAt": "Clôturée le {at}",
  "breach.msg.footer": "Fuseau horaire : {zone} · mis à jour le {at}",
  "breach.msg.summaryOpen": {
    one: "{ref} : {count} client à informer, encore {duration}",
    other: "{ref} : {count} clients à informer, encore {duration}",
  },
  "breach.msg.summaryLate": {
    one: "{ref} : {count} client non informé, {duration} de retard",
    other: "{ref} : {count} clients non informés, {duration} de retard",
  },
  "breach.msg.summaryDone": {
    one: "{ref} : violation de données, {count} client",
    other: "{ref} : violation de données, {count} clients",
  },
  "breach.status.open": "Ouvert : clients à informer",
  "breach.status.overdue": "⚠️ Ouvert : délai dépassé",
  "breach.status.allInformed": "Ouvert : tous informés, décision relative à l'autorité en attente",
  "breach.status.allDecided": "Ouvert : tous informés, toutes les décisions prises",
  "breach.status.closed": "Clôturé",
  "breach.clock.informBy": "⏳ À informer avant",
  "breach.clock.overdue": "🔴 Non informé ; échéance dépassée :",
  "breach.clock.informed": "✅ Informé {via}",
  "breach.clock.to": "auprès de",
  "breach.clock.onTime": "dans les délais",
  "breach.clock.informedLate": "{duration} de retard, pénalité {penalty}",
  "breach.clock.exposure": "pénalité à ce jour {penalty}",
  "breach.clock.authorityBy": "⚖️ Décision relative à l'{authority} avant",
  "breach.decision.pending": "⚖️ {authority} : décision en attente",
  "breach.decision.notify": "⚖️ Le client notifiera l'{authority}",
  "breach.decision.not_notify": "⚖️ Le client ne notifiera pas l'{authority}",
  "breach.decision.notified": "⚖️ Le client a notifié l'{authority}",
  "breach.button.complete": "Compléter le formulaire",
  "breach.button.informed": "Client informé",
  "breach.button.notification": "Texte de notification",
  "breach.button.authority": "Notification à l'autorité",
  "breach.button.close": "Clôturer",
  "breach.publish.botNotInChannel":
    "L'incident {ref} a été enregistré le {at}, mais je ne peux pas publier dans {channel}. Ajoutez-moi à ce canal avec la commande ci-dessous, pour que l'équipe y voie les incidents.",
  "breach.publish.shownToYou": "L'incident est affiché ici pour l'instant.",
  "breach.reply.reported": "Incident {ref} signalé. Délai de 24 h : {deadline}.",

  "breach.informed.title": "Client informé",
  "breach.informed.customer": "Client",
  "breach.informed.via": "Comment",
  "breach.informed.at": "Quand",
  "breach.informed.to": "À qui",
  "breach.informed.toHint": "Nom (et numéro ou adresse) du contact du client que vous avez joint.",
  "breach.informed.already":
    "Déjà enregistré : informé {via} le {at}. Enregistrer à nouveau corrige cette information.",
  "breach.authority.title": "Notifier l'autorité ?",
  "breach.authority.decision": "Décision du client",
  "breach.authority.at": "Décidé le",
  "breach.authority.note": "Remarque",
  "breach.close.title": "Clôturer l'incident",
  "breach.close.submit": "Clôturer l'incident",
  "breach.close.note": "Motif ou conclusion",
  "breach.close.uninformed": "Pas encore informés : {customers}.",
  "breach.close.pending": "Décision relative à l'autorité en attente : {customers}.",
  "breach.notify.title": "Texte de notification",
  "breach.notify.customer": "Client",
  "breach.notify.contacts": "Contacts pour les violations de données ({customer})",
  "breach.notify.noContact": "Aucun contact pour les violations de données dans le registre pour ce client.",
  "breach.notify.phone": "tél. {phone}",
  "breach.notify.send": "Envoyer l'e-mail",
  "breach.notify.manual":
    "Copiez ce texte, téléphonez ou écrivez au contact, puis enregistrez-le avec « Client informé ».",
  "breach.notify.sendHint":
    "« Envoyer l'e-mail » envoie ce texte à {recipients} et enregistre le client comme informé.",
  "breach.notify.sending": "Envoi en cours…",
  "breach.notify.sent": "Envoyé à {recipients} le {at}. Identifiant du message : {id}",
  "breach.notify.pending":
    "Le serveur de messagerie n'a pas pu accepter l'e-mail ({reason}). Il est conservé et sera envoyé automatiquement ; prochain essai le {at}. Tant qu'il n'est pas parti, le client n'est pas enregistré comme informé et le délai de 24 heures continue de courir ; pour l'informer plus vite, téléphonez-lui et enregistrez-le avec « Client informé ».",
  "breach.notify.failed":
    "Le serveur de messagerie a refusé l'e-mail : {reason}. Rien n'a été envoyé ni enregistré. Vérifiez dans le registre les contacts du client pour les violations de données, puis renvoyez l'e-mail, ou informez le client par téléphone et enregistrez-le.",
  "breach.clock.emailPending": "✉️ E-mail pas encore envoyé, nouvel essai automatique :",
  "breach.clock.emailFailed": "⚠️ E-mail refusé par le serveur de messagerie :",

  "breach.text.subject": "Notification d'une violation de données {ref} – {customer}",
  "breach.text.greeting": "Bonjour {names},",
  "breach.text.intro":
    "Conformément à l'article 6 et à l'annexe 3 de notre contrat de sous-traitance, nous vous informons d'une violation de données à caractère personnel que nous avons découverte le {discovered} (notre référence : {ref}).",
  // Said of any item, whatever its gender: "Conséquences probables : à préciser".
  "breach.text.notYetKnown": "à préciser",
  "breach.text.startedAt": "début le {at}",
  "breach.text.endedAt": "fin le {at}",
  "breach.text.ended": "terminée",
  "breach.text.ongoing": "toujours en cours",
  "breach.text.special": "catégories particulières (art. 9 RGPD)",
  "breach.text.records": "enregistrements",
  "breach.text.subjects": "personnes concernées",
  "breach.text.authority":
    "Il vous appartient de décider, en concertation avec nous, si cette violation doit être notifiée à l'{authority}. Le cas échéant, veuillez la notifier dans les 72 heures suivant notre découverte, soit au plus tard le {deadline}.",
  "breach.text.phased":
    "Les informations encore inconnues suivront dès que nous en disposerons (art. 33, § 4, RGPD).",
  "breach.text.closing": "Bien à vous,\n{name}",
};
