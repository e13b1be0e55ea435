// Dutch texts of http.ts; see catalog/en/http.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { http as english } from "../en/http.ts";

export const http: Translation<typeof english> = {
  "http.badRequest.title": "Ongeldig verzoek",
  "http.badRequest.text": "Dit verzoek kon niet gelezen worden. Er is niets gewijzigd.",
  "http.notFound.title": "Pagina niet gevonden",
  "http.notFound.text":
    "Op dit adres staat niets. Volgde u een link uit een e-mail, gebruik die dan precies zoals hij is.",
  "http.tooLarge.title": "Verzoek te groot",
  "http.tooLarge.text": "Dit verzoek is te groot om aanvaard te worden. Er is niets gewijzigd.",
  "http.unsupported.title": "Verzoek niet ondersteund",
  "http.unsupported.text": "Dit verzoek heeft een vorm die hier niet aanvaard wordt. Er is niets gewijzigd.",
  "http.serverError.title": "Er ging iets mis",
  "http.serverError.text":
    "Een fout aan onze kant hield dit verzoek tegen. Probeer het later opnieuw; blijft het gebeuren, laat het ons weten.",
};
