// The console's two cookies. The session cookie goes with every console request of this site and
// with top-level navigations from elsewhere (SameSite=Lax: a link in an e-mail opens the console
// signed in), never with another site's form posts or scripts; JavaScript cannot read it
// (HttpOnly). The sign-in cookie binds an OpenID sign-in or a link's form to the browser that
// started it, under /auth only.
import type { CookieOptions, Request, Response } from "express";

export const SESSION_COOKIE = "dpa_console";
export const SIGN_IN_COOKIE = "dpa_console_signin";
/** The sign-in link page's form token (double submit: cookie and form field must agree). */
export const LINK_COOKIE = "dpa_console_link";

export interface CookieSecurity {
  /** PUBLIC_URL is https: cookies are Secure even when the hop before us was plain HTTP. */
  httpsPublicUrl: boolean;
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function attributes(req: Request, security: CookieSecurity, path: string): CookieOptions {
  // req.secure believes X-Forwarded-Proto only from a proxy TRUST_PROXY names.
  return { httpOnly: true, sameSite: "lax", secure: security.httpsPublicUrl || req.secure, path };
}

/** A session cookie without Max-Age: it also ends when the browser closes; the server ends it sooner. */
export function setSessionCookie(req: Request, res: Response, token: string, security: CookieSecurity): void {
  res.cookie(SESSION_COOKIE, token, attributes(req, security, "/"));
}

export function clearSessionCookie(req: Request, res: Response, security: CookieSecurity): void {
  res.clearCookie(SESSION_COOKIE, attributes(req, security, "/"));
}

export function setAuthCookie(
  req: Request,
  res: Response,
  cookie: { name: string; token: string; maxAgeMs: number },
  security: CookieSecurity,
): void {
  res.cookie(cookie.name, cookie.token, { ...attributes(req, security, "/auth"), maxAge: cookie.maxAgeMs });
}

export function clearAuthCookie(req: Request, res: Response, name: string, security: CookieSecurity): void {
  res.clearCookie(name, attributes(req, security, "/auth"));
}
