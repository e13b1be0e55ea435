// The answer to a request that went wrong, as a short page for a browser or JSON for a program:
// what happened and whether anything changed, in the person's language. Never the error itself
// (a stack, a file path, a database driver's message): that goes to the log.
import { t } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import { html, page } from "./html.ts";

export type ErrorKind = "badRequest" | "notFound" | "tooLarge" | "unsupported" | "serverError";

const CODES: Record<ErrorKind, string> = {
  badRequest: "bad_request",
  notFound: "not_found",
  tooLarge: "too_large",
  unsupported: "unsupported",
  serverError: "server_error",
};

export function errorKindOf(status: number): ErrorKind {
  if (status === 404) return "notFound";
  if (status === 413) return "tooLarge";
  if (status === 415) return "unsupported";
  return status >= 500 ? "serverError" : "badRequest";
}

/** Pages that say why nothing can be shown here may be framed or styled by nobody else. */
export const ERROR_PAGE_HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-store",
};

export function renderErrorPage(kind: ErrorKind, language: Language): string {
  const title = t(language, `http.${kind}.title`);
  return page(language, title, html`<h1>${title}</h1><p>${t(language, `http.${kind}.text`)}</p>`);
}

export function errorJson(kind: ErrorKind, language: Language): { error: string; message: string } {
  return { error: CODES[kind], message: t(language, `http.${kind}.text`) };
}
