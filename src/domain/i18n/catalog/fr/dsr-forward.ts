// French texts of dsr-forward.ts; see catalog/en/dsr-forward.ts for what they are for. `{type}` is
// the right by its name in the GDPR ("droit d'accès"): every one begins with "droit".
import type { Translation } from "../../catalog-types.ts";
import type { dsrForward as english } from "../en/dsr-forward.ts";

export const dsrForward: Translation<typeof english> = {
  "dsr.text.subjectLine": "{ref} : demande d'une personne concernée ({type}) pour {customer}",
  "dsr.text.greeting": "Bonjour {names},",
  "dsr.text.intro":
    "En notre qualité de sous-traitant (art. 8 de notre contrat de sous-traitance), nous vous transmettons une demande relative au {type} (art. {article} RGPD), qui nous est parvenue le {received} ({via}). Notre référence : {ref}.",
  "dsr.text.subject": "Personne concernée (telle qu'identifiée)",
  "dsr.text.request": "La demande",
  "dsr.text.deadline":
    "Art. 12, § 3, RGPD : vous répondez à la personne concernée au plus tard à la fin du {deadline} (un mois à compter de la réception ; prolongeable de deux mois si vous en informez la personne concernée, motifs à l'appui, dans ce délai d'un mois).",
  "dsr.text.answer":
    "En tant que responsable du traitement, veuillez répondre vous-même à la personne concernée et nous faire savoir (en mentionnant {ref}) si vous avez besoin de notre aide ; nos frais raisonnables sont remboursés conformément à l'art. 8.3.",
  "dsr.text.closing": "Bien à vous,\n{name}",
  "dsr.text.erased": "(effacé à l'expiration du délai de conservation)",
  "dsr.details.title": "{ref} · détails (pour vous uniquement)",
  "dsr.details.private": "Visible par vous uniquement. Ne copiez pas ces données dans un canal.",
  "dsr.details.erased":
    "{ref} : les données de la personne concernée ont été effacées à l'expiration du délai de conservation.",
};
