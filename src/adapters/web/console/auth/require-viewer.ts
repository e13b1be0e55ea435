// The session check in front of every console page: finds the session of the browser's cookie,
// reads the person's roles again (a revoked role closes the console at the next request), sets the
// viewer, and refuses a state-changing request whose form does not carry the session's CSRF
// token, before any page sees it: a forged form changes nothing.
import { timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import {
  type AccessControl,
  AccessRefusal,
  authorize,
  principalOf,
} from "../../../../domain/access/access-control.ts";
import { decideAccess } from "../../../../domain/access/decide-access.ts";
import { refusalText } from "../../../../domain/access/refusal-text.ts";
import type { Clock, Language } from "../../../../domain/ports.ts";
import type { PrismaClient } from "../../../../generated/prisma/client.ts";
import { requestLanguage } from "../../../../server/request-language.ts";
import { accountOfSession } from "../../../db/repositories/console-accounts.ts";
import {
  actorOf,
  type ConsoleSessionRow,
  findConsoleSession,
  touchConsoleSession,
} from "../../../db/repositories/console-sessions.ts";
import { setViewer } from "../viewer.ts";
import { messagePage, refusalPage } from "./auth-pages.ts";
import { type CookieSecurity, clearSessionCookie, readCookie, SESSION_COOKIE } from "./cookies.ts";
import { safeReturnPath } from "./return-path.ts";

export interface SessionDeps {
  prisma: PrismaClient;
  access: AccessControl;
  clock: Clock;
  idleMinutes: number;
  defaultLanguage: Language;
  cookies: CookieSecurity;
}

const READS = new Set(["GET", "HEAD"]);

/** The live session of this request's cookie, or null. */
export async function sessionOf(deps: SessionDeps, req: Request): Promise<ConsoleSessionRow | null> {
  const token = readCookie(req, SESSION_COOKIE);
  if (!token) return null;
  return findConsoleSession(deps.prisma, token, deps.clock.now(), deps.idleMinutes);
}

/** The form's `_csrf` equals the session's token (compared in constant time). */
export function csrfMatches(req: Request, session: ConsoleSessionRow): boolean {
  const sent = (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (typeof sent !== "string") return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createRequireViewer(deps: SessionDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const browser = requestLanguage(req, deps.defaultLanguage);
      const session = await sessionOf(deps, req);
      if (!session) return signInFirst(deps, req, res, browser);
      if (!READS.has(req.method) && !csrfMatches(req, session)) {
        res
          .status(403)
          .type("html")
          .send(
            messagePage(browser, "console.auth.forged.title", "console.auth.forged.text", {
              signInAgain: false,
            }),
          );
        return;
      }
      const actor = actorOf(session);
      const account = await accountOfSession(deps.prisma, session);
      const language = account?.language ?? browser;
      const principal = await principalOf(deps.access, actor);
      // Every granted role reads the deadlines; a person whose roles were all revoked does not.
      if (!decideAccess(principal, "deadlines.read").allowed) {
        try {
          await authorize(deps.access, actor, "deadlines.read"); // audits the refusal
        } catch (error) {
          if (!(error instanceof AccessRefusal)) throw error;
          res
            .status(403)
            .type("html")
            .send(refusalPage(language, refusalText(language, error), session));
          return;
        }
      }
      await touchConsoleSession(deps.prisma, session, deps.clock.now());
      setViewer(res, { actor, principal, language, csrfToken: session.csrfToken });
      next();
    } catch (error) {
      next(error);
    }
  };
}

function signInFirst(deps: SessionDeps, req: Request, res: Response, language: Language): void {
  if (readCookie(req, SESSION_COOKIE)) clearSessionCookie(req, res, deps.cookies);
  if (READS.has(req.method)) {
    res.redirect(303, `/auth/sign-in?next=${encodeURIComponent(safeReturnPath(req.originalUrl))}`);
    return;
  }
  res
    .status(401)
    .type("html")
    .send(messagePage(language, "console.auth.ended.title", "console.auth.ended.text"));
}
