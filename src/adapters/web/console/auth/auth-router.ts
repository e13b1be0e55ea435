// /auth: the sign-in page, OpenID Connect sign-in and its callback, the one-time link (a page with
// a button; the POST uses it), and sign-out. Each sign-in, link use and sign-out is audited; a
// refused sign-in is audited by the permission model and answered with its refusal text.
import express, { type Request, type Response, type Router } from "express";
import type { Logger } from "../../../../logger.ts";
import { requestLanguage } from "../../../../server/request-language.ts";
import { newToken } from "../../../db/repositories/approval-links.ts";
import { consumeSignInLink, findSignInLink } from "../../../db/repositories/console-links.ts";
import {
  endConsoleSession,
  forgetEndedConsoleSessions,
  openConsoleSession,
} from "../../../db/repositories/console-sessions.ts";
import {
  SIGN_IN_ATTEMPT_MINUTES,
  saveSignInAttempt,
  takeSignInAttempt,
} from "../../../db/repositories/console-sign-in-attempts.ts";
import { type Admission, type AdmissionDeps, admitAccount, admitSignIn } from "./admit-sign-in.ts";
import { linkPage, messagePage, refusalPage, signInPage } from "./auth-pages.ts";
import { identityOfClaims } from "./claims-identity.ts";
import {
  clearAuthCookie,
  clearSessionCookie,
  LINK_COOKIE,
  readCookie,
  SIGN_IN_COOKIE,
  setAuthCookie,
  setSessionCookie,
} from "./cookies.ts";
import type { OidcClient } from "./oidc-client.ts";
import { csrfMatches, type SessionDeps, sessionOf } from "./require-viewer.ts";
import { safeReturnPath } from "./return-path.ts";

export interface AuthRouterDeps extends SessionDeps, Omit<AdmissionDeps, "prisma"> {
  logger: Logger;
  /** PUBLIC_URL (or http://localhost:PORT): the callback URL is read against it. */
  publicUrl: string;
  oidc: OidcClient | null;
}

export function createAuthRouter(deps: AuthRouterDeps): Router {
  const router = express.Router();
  const forms = express.urlencoded({ extended: false, limit: "8kb", parameterLimit: 20 });
  const browser = (req: Request) => requestLanguage(req, deps.defaultLanguage);
  const send = (res: Response, status: number, page: string) => res.status(status).type("html").send(page);

  router.get("/auth/sign-in", (req, res) => {
    const returnTo = safeReturnPath(req.query.next);
    send(res, 200, signInPage(browser(req), { provider: deps.oidc?.providerName, returnTo }));
  });

  router.get("/auth/oidc", async (req, res, next) => {
    try {
      if (!deps.oidc) return next();
      const { url, attempt } = await deps.oidc.start(safeReturnPath(req.query.next));
      const token = await saveSignInAttempt(deps.prisma, attempt, deps.clock.now());
      setAuthCookie(
        req,
        res,
        { name: SIGN_IN_COOKIE, token, maxAgeMs: SIGN_IN_ATTEMPT_MINUTES * 60_000 },
        deps.cookies,
      );
      res.redirect(303, url.href);
    } catch (error) {
      next(error);
    }
  });

  router.get("/auth/callback", async (req, res, next) => {
    try {
      if (!deps.oidc) return next();
      const language = browser(req);
      const token = readCookie(req, SIGN_IN_COOKIE);
      clearAuthCookie(req, res, SIGN_IN_COOKIE, deps.cookies);
      const attempt = token ? await takeSignInAttempt(deps.prisma, token, deps.clock.now()) : null;
      if (!attempt)
        return send(res, 400, messagePage(language, "console.auth.failed.title", "console.auth.failed.text"));
      let claims: Record<string, unknown>;
      try {
        claims = await deps.oidc.finish(new URL(req.originalUrl, deps.publicUrl), attempt);
      } catch (error) {
        deps.logger.info({ err: error }, "console sign-in with the OpenID provider did not complete");
        return send(res, 400, messagePage(language, "console.auth.failed.title", "console.auth.failed.text"));
      }
      const admission = await admitSignIn(deps, identityOfClaims(claims), language);
      await startSession(
        req,
        res,
        admission,
        { method: "oidc", provider: deps.oidc.providerName },
        attempt.returnTo,
      );
    } catch (error) {
      next(error);
    }
  });

  router.get("/auth/link/:token", async (req, res, next) => {
    try {
      const language = browser(req);
      const link = await findSignInLink(deps.prisma, req.params.token, deps.clock.now());
      if (link.status !== "ok") return deadLink(res, language, link.status);
      // Opening the link uses nothing up (a mail scanner may open it first): the button does.
      const formToken = newToken();
      setAuthCookie(req, res, { name: LINK_COOKIE, token: formToken, maxAgeMs: 15 * 60_000 }, deps.cookies);
      send(
        res,
        200,
        linkPage(link.account.language ?? language, {
          name: link.account.displayName,
          action: `/auth/link/${encodeURIComponent(req.params.token)}`,
          formToken,
        }),
      );
    } catch (error) {
      next(error);
    }
  });

  router.post("/auth/link/:token", forms, async (req, res, next) => {
    try {
      const language = browser(req);
      const held = readCookie(req, LINK_COOKIE);
      const sent = (req.body as { _csrf?: unknown })._csrf;
      // Another site cannot sign this browser in as someone else: the form token must be the one
      // this browser was given with the link's page.
      if (!held || typeof sent !== "string" || sent !== held) {
        return send(
          res,
          403,
          messagePage(language, "console.auth.forged.title", "console.auth.forged.text", {
            signInAgain: false,
          }),
        );
      }
      clearAuthCookie(req, res, LINK_COOKIE, deps.cookies);
      const now = deps.clock.now();
      const link = await findSignInLink(deps.prisma, req.params.token, now);
      if (link.status !== "ok") return deadLink(res, language, link.status);
      const admission = await admitAccount(deps, link.account, language);
      if (!admission.admitted) return send(res, 403, refusalPage(admission.language, admission.refusal));
      const opened = await deps.prisma.$transaction(async (tx) => {
        if (!(await consumeSignInLink(tx, link, now))) return null;
        return openConsoleSession(
          tx,
          { ...identityOf(admission), accountId: link.account.id },
          { method: "link", now },
        );
      });
      if (!opened) return deadLink(res, language, "used");
      setSessionCookie(req, res, opened.token, deps.cookies);
      res.redirect(303, "/");
    } catch (error) {
      next(error);
    }
  });

  router.post("/auth/sign-out", forms, async (req, res, next) => {
    try {
      const session = await sessionOf(deps, req);
      if (session && !csrfMatches(req, session)) {
        return send(
          res,
          403,
          messagePage(browser(req), "console.auth.forged.title", "console.auth.forged.text", {
            signInAgain: false,
          }),
        );
      }
      if (session) await endConsoleSession(deps.prisma, session, deps.clock.now());
      clearSessionCookie(req, res, deps.cookies);
      res.redirect(303, "/auth/signed-out");
    } catch (error) {
      next(error);
    }
  });

  router.get("/auth/signed-out", (req, res) => {
    send(res, 200, messagePage(browser(req), "console.auth.signedOut.title", "console.auth.signedOut.text"));
  });

  async function startSession(
    req: Request,
    res: Response,
    admission: Admission,
    how: { method: "oidc"; provider: string },
    returnTo: string,
  ): Promise<void> {
    if (!admission.admitted) {
      send(res, 403, refusalPage(admission.language, admission.refusal));
      return;
    }
    const now = deps.clock.now();
    const opened = await deps.prisma.$transaction(async (tx) => {
      await forgetEndedConsoleSessions(tx, now);
      return openConsoleSession(
        tx,
        { ...identityOf(admission), accountId: admission.account.id },
        { ...how, now },
      );
    });
    setSessionCookie(req, res, opened.token, deps.cookies);
    res.redirect(303, safeReturnPath(returnTo));
  }

  function deadLink(
    res: Response,
    language: Parameters<typeof messagePage>[0],
    status: "invalid" | "used" | "expired",
  ) {
    const code = status === "invalid" ? 404 : 410;
    send(
      res,
      code,
      messagePage(language, `console.auth.link.${status}.title`, `console.auth.link.${status}.text`),
    );
  }

  return router;
}

function identityOf(admission: Extract<Admission, { admitted: true }>) {
  return {
    platform: admission.actor.platform,
    userId: admission.actor.userId,
    workspaceId: admission.actor.workspaceId ?? "",
    displayName: admission.actor.displayName,
  };
}
