// French texts of subprocessor-proposal.ts; see catalog/en/subprocessor-proposal.ts for what they are
// for. Modal titles and buttons stay within Slack's 24 characters.
import type { Translation } from "../../catalog-types.ts";
import type { subprocessorProposal as english } from "../en/subprocessor-proposal.ts";

export const subprocessorProposal: Translation<typeof english> = {
  "subprocessor.form.title": "Sous-traitant ultérieur",
  "subprocessor.form.submit": "Proposer",
  "subprocessor.form.loadingTitle": "Sous-traitant ultérieur",
  "subprocessor.form.loading":
    "Chargement du formulaire… Si rien n'apparaît d'ici quelques secondes, Slack est surchargé : fermez cette fenêtre et réessayez dans une minute.",
  "subprocessor.form.intro":
    "Art. 9 du contrat de sous-traitance : aucun nouveau sous-traitant ultérieur (ni nouvelle finalité, ni nouveau pays) sans l'autorisation préalable de chaque client. Les approbateurs de chaque client concerné sont consultés ; le sous-traitant ultérieur n'intervient pour un client qu'après l'approbation de celui-ci.",
  "subprocessor.form.name": "Sous-traitant ultérieur",
  "subprocessor.form.nameHint": "Dénomination légale de la société, p. ex. Hetzner Online GmbH.",
  "subprocessor.form.purpose": "Service / finalité",
  "subprocessor.form.country": "Pays où les données sont traitées",
  "subprocessor.form.countryPlaceholder": "Tapez un pays",
  "subprocessor.form.countryHint": "Le pays détermine s'il se situe dans l'EEE (art. 3.7).",
  "subprocessor.form.mechanism": "Mécanisme de transfert (hors EEE)",
  "subprocessor.form.mechanismHint":
    "Obligatoire hors EEE ; l'autorisation écrite préalable du client est requise dans tous les cas (art. 3.7). Décisions d'adéquation de l'UE : Suisse, Royaume-Uni, Japon, Corée du Sud, Canada, Israël, Nouvelle-Zélande, Argentine, Uruguay, Andorre, îles Féroé, Guernesey, Jersey, île de Man (les États-Unis uniquement pour les organisations certifiées dans le cadre du EU-US Data Privacy Framework).",
  "subprocessor.form.mechanism.adequacyHint": "Pour les pays énumérés ci-dessus",
  "subprocessor.form.mechanism.adequacyFor": "S'applique à : {country}",
  "subprocessor.form.mechanism.sccHint": "Clauses contractuelles types de la Commission européenne",
  "subprocessor.form.mechanism.bcrHint":
    "Règles d'entreprise contraignantes approuvées par une autorité de contrôle",
  "subprocessor.form.dataCategories": "Catégories de données à caractère personnel",
  "subprocessor.form.dataCategoriesHint":
    "p. ex. coordonnées des membres du personnel, sauvegardes de la base de données clients.",
  "subprocessor.form.intendedStart": "Date de début prévue",
  "subprocessor.form.scope": "Clients",
  "subprocessor.form.scope.all": "Tous les clients actifs",
  "subprocessor.form.scope.selected": "Uniquement les clients choisis ci-dessous",
  "subprocessor.form.customers": "Clients choisis",
  "subprocessor.form.customersPlaceholder": "Rechercher des clients",
  "subprocessor.form.reason": "Motif du changement",

  "subprocessor.error.invalid": "Cette valeur n'est pas valable.",
  "subprocessor.error.required": "Obligatoire.",
  "subprocessor.error.tooLong": "Trop long.",
  "subprocessor.error.countryRequired": "Choisissez le pays où les données sont traitées.",
  "subprocessor.error.countryUnknown": "Choisissez un pays dans la liste.",
  "subprocessor.error.mechanismRequired":
    "Hors EEE : choisissez le mécanisme de transfert (décision d'adéquation, CCT ou BCR).",
  "subprocessor.error.noAdequacy":
    "L'UE n'a pas adopté de décision d'adéquation pour ce pays : choisissez CCT ou BCR.",
  "subprocessor.error.startRequired": "Choisissez la date de début prévue.",
  "subprocessor.error.startInPast":
    "La date de début se situe dans le passé : l'autorisation doit être obtenue d'abord (art. 9).",
  "subprocessor.error.scopeRequired": "Choisissez tous les clients actifs ou une sélection.",
  "subprocessor.error.customersRequired": "Choisissez au moins un client.",
  "subprocessor.error.customerUnknown": "Un client choisi n'existe plus ou est archivé.",
  "subprocessor.error.noCustomers": "Il n'y a aucun client actif à consulter.",
  "subprocessor.error.unexpected": "Une erreur s'est produite ; rien n'a été enregistré. Veuillez réessayer.",
  "subprocessor.error.proposalUnknown": "Cette proposition n'existe plus.",

  "subprocessor.country.inEea": "EEE",
  "subprocessor.country.outsideEea": "hors EEE",
  "subprocessor.mechanism.none": "pas nécessaire (EEE)",
  "subprocessor.mechanism.adequacy": "Décision d'adéquation de l'UE",
  "subprocessor.mechanism.scc": "Clauses contractuelles types (CCT)",
  "subprocessor.mechanism.bcr": "Règles d'entreprise contraignantes (BCR)",
  "subprocessor.field.name": "Sous-traitant ultérieur",
  "subprocessor.field.country": "Pays",
  "subprocessor.field.mechanism": "Mécanisme de transfert",
  "subprocessor.field.intendedStart": "Début prévu",
  "subprocessor.field.purpose": "Service / finalité",
  "subprocessor.field.dataCategories": "Catégories de données à caractère personnel",
  "subprocessor.field.reason": "Motif",

  "subprocessor.msg.proposalHeader": "Proposition de sous-traitant ultérieur {ref} : {name}",
  "subprocessor.msg.customers": { one: "{count} client consulté", other: "{count} clients consultés" },
  "subprocessor.msg.tally": "approuvées : {approved} · refusées : {rejected} · en attente : {pending}",
  "subprocessor.msg.withdrawnCount": "retirées : {count}",
  "subprocessor.msg.deliveryRetrying": {
    one: "✉️ {count} demande d'approbation pas encore délivrée ; nouvel essai automatique. Cet approbateur n'a donc pas encore été consulté.",
    other:
      "✉️ {count} demandes d'approbation pas encore délivrées ; nouvel essai automatique. Ces approbateurs n'ont donc pas encore été consultés.",
  },
  "subprocessor.msg.deliveryFailed": {
    one: "⚠️ {count} demande d'approbation n'a pas pu être délivrée ; vérifiez l'adresse de cet approbateur dans le registre.",
    other:
      "⚠️ {count} demandes d'approbation n'ont pas pu être délivrées ; vérifiez les adresses de ces approbateurs dans le registre.",
  },
  "subprocessor.msg.deliveryLastError": "Dernière erreur : {error}",
  "subprocessor.msg.withdrawn": "Retirée le {at} : les demandes en attente ont été clôturées.",
  "subprocessor.msg.proposedBy":
    "Proposé par {name} · art. 9 : n'intervient pour un client qu'après l'approbation de celui-ci",
  "subprocessor.button.withdraw": "Retirer",
  "subprocessor.withdraw.confirmTitle": "Retirer la proposition ?",
  "subprocessor.withdraw.confirmText": {
    one: "La demande en attente est clôturée. Les décisions déjà prises restent enregistrées.",
    other: "Les {count} demandes en attente sont clôturées. Les décisions déjà prises restent enregistrées.",
  },
  "subprocessor.reply.proposed": {
    one: "Proposition {ref} enregistrée : {count} client sera consulté. La demande part au rythme de Slack.",
    other:
      "Proposition {ref} enregistrée : {count} clients seront consultés. Les demandes partent au rythme de Slack.",
  },
  "subprocessor.reply.withdrawn": "Proposition {ref} retirée.",
};
