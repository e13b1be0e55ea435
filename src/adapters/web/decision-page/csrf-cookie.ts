// The decision form's CSRF token travels in the form and in a cookie; the hash stored with the link
// must match both (decision-router.ts). One cookie per link: an approver with two open links (two
// proposals, or two customers) can use each, because opening the second no longer overwrites the
// first one's cookie. Opening the same link again in the same browser keeps its token, so an older
// tab of it still works; another browser gets a new token, and the older browser's form expires.
import type { Request, Response } from "express";
import { hashToken, newToken } from "../../db/repositories/approval-links.ts";

/** Under /decide only, and never sent by another site's request (SameSite=Strict). */
export const CSRF_COOKIE_PATH = "/decide";
const MAX_AGE_MS = 60 * 60_000;

export function csrfCookieName(linkId: string): string {
  return `dpa_csrf_${linkId.replace(/[^A-Za-z0-9-]/g, "")}`;
}

export interface CookieSecurity {
  /** PUBLIC_URL is https: the cookie is Secure even when the hop before us was plain HTTP. */
  httpsPublicUrl: boolean;
}

/** The link's token this browser already holds, if it still matches the stored hash; else a new one. */
export function csrfTokenFor(
  req: Request,
  link: { linkId: string; csrfHash: string | null },
): { token: string; isNew: boolean } {
  const held = readCsrfCookie(req, link.linkId);
  if (held && link.csrfHash === hashToken(held)) return { token: held, isNew: false };
  return { token: newToken(), isNew: true };
}

export function readCsrfCookie(req: Request, linkId: string): string | undefined {
  const name = csrfCookieName(linkId);
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined; // a mangled cookie is no cookie: the form then says it expired
    }
  }
  return undefined;
}

export function setCsrfCookie(
  req: Request,
  res: Response,
  linkId: string,
  token: string,
  security: CookieSecurity,
): void {
  res.cookie(csrfCookieName(linkId), token, { ...attributes(req, security), maxAge: MAX_AGE_MS });
}

export function clearCsrfCookie(req: Request, res: Response, linkId: string, security: CookieSecurity): void {
  res.clearCookie(csrfCookieName(linkId), attributes(req, security));
}

function attributes(req: Request, security: CookieSecurity) {
  return {
    httpOnly: true,
    sameSite: "strict" as const,
    // req.secure believes X-Forwarded-Proto only from a proxy TRUST_PROXY names.
    secure: security.httpsPublicUrl || req.secure,
    path: CSRF_COOKIE_PATH,
  };
}
