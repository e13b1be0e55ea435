// French texts of breach-report.ts; see catalog/en/breach-report.ts for what they are for. Modal
// titles and buttons stay within Slack's 24 characters.
import type { Translation } from "../../catalog-types.ts";
import type { breachReport as english } from "../en/breach-report.ts";

export const breachReport: Translation<typeof english> = {
  "breach.item.description": "Description de l'incident",
  "breach.item.consequences": "Conséquences probables",
  "breach.item.duration": "Durée de la violation",
  "breach.item.nature": "Nature de la violation",
  "breach.item.dataCategories": "Catégories de données à caractère personnel",
  "breach.item.counts": "Nombres estimés",
  "breach.item.measures": "Mesures prises",
  "breach.item.contact": "Personne de contact du sous-traitant",
  "breach.nature.availability": "disponibilité",
  "breach.nature.integrity": "intégrité",
  "breach.nature.confidentiality": "confidentialité",
  // The Dutch authority keeps its own name in every language.
  "breach.authority.GBA": "Autorité de protection des données (APD)",
  "breach.authority.AP": "Autoriteit Persoonsgegevens (AP)",
  "breach.authority.short.GBA": "APD",
  "breach.authority.short.AP": "AP",
  "breach.via.phone": "par téléphone",
  "breach.via.email": "par e-mail",

  "breach.form.title": "Signaler une violation",
  "breach.form.completeTitle": "Compléter le signalement",
  "breach.form.loadingTitle": "Violation de données",
  "breach.form.loading":
    "Chargement du formulaire… Si rien n'apparaît d'ici quelques secondes, Slack est surchargé : fermez cette fenêtre et réessayez dans une minute.",
  "breach.form.submit": "Signaler",
  "breach.form.save": "Enregistrer",
  "breach.form.intro":
    "Seuls le ou les clients, le moment de la découverte et la description sont requis maintenant ; complétez le reste plus tard (art. 33, § 4, RGPD). Chaque client doit être informé dans les 24 heures suivant la découverte (art. 6 du contrat de sous-traitance).",
  "breach.form.customers": "Client(s) concerné(s)",
  "breach.form.customersHint": "Tapez une partie du nom, de la clé ou du numéro d'entreprise.",
  "breach.form.customersPlaceholder": "Rechercher des clients",
  "breach.form.discoveredAt": "Découverte le",
  "breach.form.discoveredAtHint":
    "Le moment où nous l'avons appris, pas maintenant : les délais de 24 h et de 72 h courent à partir de ce moment.",
  "breach.form.description": "Description de l'incident",
  "breach.form.descriptionHint":
    "Ce qui s'est passé. Pas de noms ni d'autres données à caractère personnel des personnes concernées.",
  "breach.form.consequences": "Conséquences probables",
  "breach.form.breachStartedAt": "Début de la violation",
  "breach.form.breachEndedAt": "Fin de la violation",
  "breach.form.ongoing": "La violation est-elle toujours en cours ?",
  "breach.form.ongoing.ongoing": "Toujours en cours",
  "breach.form.ongoing.ended": "Terminée",
  "breach.form.ongoing.unknown": "Pas encore connu",
  "breach.form.nature": "Nature de la violation",
  "breach.form.nature.availabilityHint": "Données perdues ou inaccessibles",
  "breach.form.nature.integrityHint": "Données modifiées ou altérées",
  "breach.form.nature.confidentialityHint": "Données consultées ou emportées par une personne non autorisée",
  "breach.form.dataCategories": "Catégories de données à caractère personnel",
  "breach.form.dataCategoriesHint":
    "P. ex. noms, adresses e-mail, numéros de registre national, données de santé.",
  "breach.form.specialCategories": "Catégories particulières concernées (art. 9 RGPD) ?",
  "breach.form.records": "Nombre d'enregistrements concernés",
  "breach.form.subjects": "Nombre de personnes concernées",
  "breach.form.countHint": "Un nombre, une fourchette ou une estimation : 120, 100-200, ~500, < 1000.",
  "breach.form.measures": "Mesures prises pour limiter les conséquences",
  "breach.form.contactName": "Notre personne de contact",
  "breach.form.contactEmail": "E-mail de la personne de contact",
  "breach.form.contactPhone": "Téléphone de la personne de contact",

  "breach.error.invalid": "Cette valeur n'est pas valable.",
  "breach.error.tooLong": "Ce texte est trop long.",
  "breach.error.customersRequired": "Choisissez au moins un client.",
  "breach.error.customerUnknown": "Un client choisi ne figure plus dans le registre. Choisissez à nouveau.",
  "breach.error.discoveredRequired": "Indiquez quand la violation a été découverte.",
  "breach.error.inFuture": "Ce moment se situe dans le futur.",
  "breach.error.descriptionRequired": "Décrivez l'incident.",
  "breach.error.startAfterDiscovery": "La violation ne peut pas commencer après sa découverte.",
  "breach.error.endBeforeStart": "La fin précède le début.",
  "breach.error.endedButOngoing": "Une fin est indiquée, mais la violation est marquée comme en cours.",
  "breach.error.count.invalid":
    "Indiquez un nombre, une fourchette ou une estimation, p. ex. 120, 100-200 ou ~500.",
  "breach.error.count.order": "La borne inférieure dépasse la borne supérieure.",
  "breach.error.count.tooLarge": "Ce nombre est trop grand.",
  "breach.error.email": "Ce n'est pas une adresse e-mail.",
  "breach.error.phone": "Ce n'est pas un numéro de téléphone.",
  "breach.error.notFound": "Cet incident n'existe plus.",
  "breach.error.closed": "Cet incident est clôturé.",
  "breach.error.cannotRemoveInformed":
    "Un client déjà informé ou qui s'est déjà prononcé sur la notification à l'autorité ne peut pas être retiré.",
  "breach.error.viaRequired": "Choisissez téléphone ou e-mail.",
  "breach.error.atRequired": "Indiquez quand.",
  "breach.error.beforeDiscovery": "Ce moment précède la découverte de la violation.",
  "breach.error.toRequired": "Indiquez qui a été informé.",
  "breach.error.decisionRequired": "Choisissez la décision du client.",
  "breach.error.closeNeedsReason":
    "Tous les clients n'ont pas été informés : indiquez pourquoi l'incident est clôturé.",
  "breach.error.mailDisabled": "L'e-mail n'est pas configuré (SMTP_URL).",
  "breach.error.noBreachContact":
    "Ce client n'a aucun contact pour les violations de données avec une adresse e-mail dans le registre.",
  "breach.error.mailFailed":
    "L'e-mail n'a pas pu être envoyé : {reason}. Rien n'a été enregistré ; réessayez ou informez le client par téléphone.",
  "breach.error.notificationSending":
    "La notification à ce client est en cours d'envoi depuis une autre fenêtre ; consultez le message de l'incident dans un instant.",
  "breach.error.unexpected": "Une erreur s'est produite et rien n'a été enregistré. Veuillez réessayer.",
  "breach.error.tryAgainSoon":
    "Le registre des incidents est momentanément inaccessible ; rien n'a été enregistré. Veuillez réessayer dans un instant.",
};
