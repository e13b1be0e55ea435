// French texts of http.ts; see catalog/en/http.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { http as english } from "../en/http.ts";

export const http: Translation<typeof english> = {
  "http.badRequest.title": "Requête invalide",
  "http.badRequest.text": "Cette requête n'a pas pu être lue. Rien n'a été modifié.",
  "http.notFound.title": "Page introuvable",
  "http.notFound.text":
    "Il n'y a rien à cette adresse. Si vous avez suivi un lien reçu par e-mail, utilisez-le exactement tel quel.",
  "http.tooLarge.title": "Requête trop volumineuse",
  "http.tooLarge.text": "Cette requête est trop volumineuse pour être acceptée. Rien n'a été modifié.",
  "http.unsupported.title": "Requête non prise en charge",
  "http.unsupported.text": "Cette requête a une forme qui n'est pas acceptée ici. Rien n'a été modifié.",
  "http.serverError.title": "Une erreur s'est produite",
  "http.serverError.text":
    "Une erreur de notre côté a empêché le traitement de cette requête. Veuillez réessayer plus tard ; si le problème persiste, prévenez-nous.",
};
