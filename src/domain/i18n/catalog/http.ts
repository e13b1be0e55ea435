// Texts of the answers to a request that went wrong (the decision page's approvers read these in a
// browser): what happened and whether anything changed, never how the server is built.
export const en = {
  "http.badRequest.title": "Bad request",
  "http.badRequest.text": "This request could not be read. Nothing was changed.",
  "http.notFound.title": "Page not found",
  "http.notFound.text":
    "There is nothing at this address. If you followed a link from an e-mail, use it exactly as it is.",
  "http.tooLarge.title": "Request too large",
  "http.tooLarge.text": "This request is too large to be accepted. Nothing was changed.",
  "http.unsupported.title": "Unsupported request",
  "http.unsupported.text": "This request is in a form that is not accepted here. Nothing was changed.",
  "http.serverError.title": "Something went wrong",
  "http.serverError.text":
    "An error on our side stopped this request. Please try again later; if it keeps happening, let us know.",
} as const;

export const nl: Record<keyof typeof en, string> = {
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
