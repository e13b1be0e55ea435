// Texts of the answers to a request that went wrong (the decision page's approvers read these in a
// browser): what happened and whether anything changed, never how the server is built.
export const http = {
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
