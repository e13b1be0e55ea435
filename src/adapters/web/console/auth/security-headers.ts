// Headers of every console answer: no script at all, styles and images from this site only, forms
// that post only here, never framed (clickjacking), no Referer that would carry a page's address
// elsewhere, and pages that no cache keeps (they show personal data and deadlines as of now).
import type { RequestHandler } from "express";

export const CONSOLE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function consoleSecurityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.set({
      "Content-Security-Policy": CONSOLE_CSP,
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Cache-Control": "no-store",
    });
    next();
  };
}
