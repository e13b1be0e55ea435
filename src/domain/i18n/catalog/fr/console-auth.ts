// French texts of console-auth.ts; see catalog/en/console-auth.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { consoleAuth as english } from "../en/console-auth.ts";

export const consoleAuth: Translation<typeof english> = {
  "console.auth.signIn.title": "Connexion",
  "console.auth.signIn.intro":
    "La console de conformité est réservée au personnel ayant un rôle : gestionnaires d'incidents, responsables vie privée, auditeurs et administrateurs.",
  "console.auth.signIn.with": "Se connecter avec {provider}",
  "console.auth.signIn.noProvider":
    "Aucun fournisseur de connexion n'est configuré pour cette console. Demandez un lien de connexion à usage unique à un administrateur ; il le crée sur le serveur avec :",
  "console.auth.signIn.orLink":
    "Un administrateur peut aussi vous créer un lien de connexion à usage unique avec :",
  "console.auth.link.title": "Se connecter avec votre lien",
  "console.auth.link.text":
    "Ce lien connecte {name} une seule fois. Il reste valable jusqu'à son utilisation ou son expiration : ouvrir cette page n'a rien changé.",
  "console.auth.link.button": "Se connecter",
  "console.auth.link.used.title": "Ce lien a déjà été utilisé",
  "console.auth.link.used.text":
    "Un lien de connexion ne sert qu'une fois. Demandez-en un nouveau à un administrateur.",
  "console.auth.link.expired.title": "Ce lien a expiré",
  "console.auth.link.expired.text":
    "Un lien de connexion est valable 15 minutes. Demandez-en un nouveau à un administrateur.",
  "console.auth.link.invalid.title": "Ce lien n'est pas valable",
  "console.auth.link.invalid.text":
    "Vérifiez que l'adresse a été copiée en entier, ou demandez un nouveau lien à un administrateur.",
  "console.auth.refused.title": "Pas d'accès à la console",
  "console.auth.unverified":
    "Votre fournisseur de connexion n'a pas confirmé votre adresse e-mail et ne peut donc pas dire qui vous êtes. Demandez un lien de connexion à un administrateur.",
  "console.auth.failed.title": "La connexion n'a pas abouti",
  "console.auth.failed.text":
    "La connexion a été interrompue, a pris trop de temps ou a commencé dans un autre navigateur. Rien n'a été modifié.",
  "console.auth.again": "Se reconnecter",
  "console.auth.ended.title": "Votre session a pris fin",
  "console.auth.ended.text": "Reconnectez-vous pour continuer. Votre dernier envoi n'a pas été enregistré.",
  "console.auth.forged.title": "Ce formulaire ne peut plus être envoyé",
  "console.auth.forged.text":
    "Il ne provient pas d'une page de cette console, ou la page est plus ancienne que votre session. Rien n'a été modifié : rechargez la page et réessayez.",
  "console.auth.signedOut.title": "Vous êtes déconnecté",
  "console.auth.signedOut.text": "Votre session a pris fin dans ce navigateur.",
  "console.auth.home.text":
    "Vous êtes connecté. Les pages de la console apparaîtront ici au fur et à mesure.",
  "console.auth.startup.link":
    "Console à l'adresse {url}. Aucun fournisseur de connexion n'est configuré (OIDC_ISSUER_URL) : attribuez-vous un rôle avec `npm run cli -- staff grant admin --email vous@example.com`, puis créez un lien de connexion à usage unique avec `npm run cli -- console link --email vous@example.com`",
  "console.auth.startup.oidc": "Console à l'adresse {url}, connexion avec {provider}",
};
