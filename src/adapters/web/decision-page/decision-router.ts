// GET/POST /decide/<token>: the page behind the personal e-mail link (art. 9 DPA). The token is
// looked up by its hash; a forged, used or expired link gets a clear page and changes nothing. The
// decision is a POST carrying a CSRF token that must match both its cookie and the hash stored
// with the link when the page was shown. Evidence kept: link id, IP address (the client's, behind a
// proxy TRUST_PROXY names), user agent. Any other error goes on to the app's final handler
// (src/server/final-handlers.ts), which answers without internals.
import express, { type Request, type Response, Router } from "express";
import { translator } from "../../../domain/i18n/translate.ts";
import type { Actor, Language } from "../../../domain/ports.ts";
import { outcomeLine } from "../../../domain/subprocessor/approval-message.ts";
import { decideApproval } from "../../../domain/subprocessor/decide-approval.ts";
import { isInEea } from "../../../domain/subprocessor/eea.ts";
import type { ApprovalContext } from "../../../domain/subprocessor/proposal-repository.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import { SubprocessorRefusal } from "../../../domain/subprocessor/subprocessor-error.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { Logger } from "../../../logger.ts";
import {
  findApprovalLink,
  hashToken,
  type LinkLookup,
  newToken,
  setLinkCsrf,
} from "../../db/repositories/approval-links.ts";
import { renderDecisionForm, renderNotice } from "./render-decision-page.ts";

export const DECISION_PATH = "/decide";
const CSRF_COOKIE = "dpa_csrf";

export interface DecisionPageDeps {
  prisma: PrismaClient;
  subprocessor: SubprocessorDeps;
  logger: Logger;
  /** PUBLIC_URL: when https, the form's cookie is Secure. */
  publicUrl?: string;
}

type Ok = Extract<LinkLookup, { status: "ok" }>;

export function createDecisionRouter(deps: DecisionPageDeps): Router {
  const router = Router();
  const language = deps.subprocessor.defaultLanguage;
  const httpsPublicUrl = deps.publicUrl?.startsWith("https://") === true;
  router.use(express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 10 }));
  router.use((_req, res, next) => {
    res.set({
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    });
    next();
  });

  /** The link's approval, or the page that says why it cannot be used (sent; null returned). */
  const open = async (
    req: Request,
    res: Response,
  ): Promise<{ link: Ok; context: ApprovalContext } | null> => {
    const tr = translator(language);
    const link = await findApprovalLink(
      deps.prisma,
      String(req.params.token ?? ""),
      deps.subprocessor.clock.now(),
    );
    if (link.status !== "ok") {
      const status = link.status === "invalid" ? 404 : 410;
      const lang = link.status === "invalid" ? language : link.language;
      const t = translator(lang);
      res
        .status(status)
        .type("html")
        .send(renderNotice(lang, t("subprocessor.page.invalidTitle"), t(`subprocessor.page.${link.status}`)));
      return null;
    }
    const context = await deps.subprocessor.proposals.approvalContext(link.approvalId);
    if (!context) {
      res
        .status(404)
        .type("html")
        .send(renderNotice(language, tr("subprocessor.page.invalidTitle"), tr("subprocessor.page.invalid")));
      return null;
    }
    if (context.approval.state !== "pending") {
      sendAlready(res, context);
      return null;
    }
    return { link, context };
  };

  router.get("/:token", async (req, res, next) => {
    try {
      const opened = await open(req, res);
      if (!opened) return;
      const csrf = newToken();
      await setLinkCsrf(deps.prisma, opened.link.linkId, hashToken(csrf));
      setCsrfCookie(req, res, csrf, httpsPublicUrl);
      res.type("html").send(form(req, opened, csrf, [], {}));
    } catch (error) {
      next(error);
    }
  });

  router.post("/:token", async (req, res, next) => {
    try {
      const opened = await open(req, res);
      if (!opened) return;
      const { link, context } = opened;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const csrf = typeof body.csrf === "string" ? body.csrf : "";
      const tr = translator(context.approval.language);
      if (!csrf || csrf !== cookieOf(req, CSRF_COOKIE) || link.csrfHash !== hashToken(csrf)) {
        res
          .status(403)
          .type("html")
          .send(
            renderNotice(
              context.approval.language,
              tr("subprocessor.page.invalidTitle"),
              tr("subprocessor.page.csrf"),
            ),
          );
        return;
      }
      const decision = body.decision === "approve" || body.decision === "reject" ? body.decision : undefined;
      const reason = typeof body.reason === "string" ? body.reason.trim().slice(0, 3000) : "";
      const confirm = body.confirm === "yes";
      const errors: string[] = [];
      if (!decision) errors.push(tr("subprocessor.page.chooseRequired"));
      if (decision === "reject" && reason === "") errors.push(tr("subprocessor.error.reasonRequired"));
      if (decision === "approve" && !isInEea(context.proposal.country) && !confirm)
        errors.push(tr("subprocessor.error.confirmNonEea"));
      if (errors.length > 0) {
        res
          .status(400)
          .type("html")
          .send(form(req, opened, csrf, errors, { decision, reason, confirm }));
        return;
      }
      const actor: Actor = { platform: "email", userId: link.contactEmail, displayName: link.contactName };
      const result = await decideApproval(deps.subprocessor, {
        approvalId: context.approval.id,
        state: decision === "approve" ? "approved" : "rejected",
        actor,
        via: "email_link",
        reason: decision === "reject" ? reason : null,
        nonEeaConfirmed: confirm,
        evidence: {
          linkId: link.linkId,
          ip: req.ip ?? null,
          userAgent: req.get("user-agent")?.slice(0, 500) ?? null,
        },
        link: { id: link.linkId, contactId: link.contactId },
      });
      res.clearCookie(CSRF_COOKIE, { path: DECISION_PATH });
      if (result.outcome === "not-allowed") {
        res
          .status(403)
          .type("html")
          .send(
            renderNotice(
              context.approval.language,
              tr("subprocessor.page.invalidTitle"),
              tr("subprocessor.page.invalid"),
            ),
          );
        return;
      }
      if (result.outcome === "already") {
        if (result.approval.state === "pending") {
          res
            .status(410)
            .type("html")
            .send(
              renderNotice(
                context.approval.language,
                tr("subprocessor.page.invalidTitle"),
                tr("subprocessor.page.used"),
              ),
            );
        } else sendAlready(res, { ...context, approval: result.approval });
        return;
      }
      const outcome = outcomeLine(result.approval, deps.subprocessor.timezone, tr);
      res
        .type("html")
        .send(
          renderNotice(
            context.approval.language,
            tr("subprocessor.page.doneTitle"),
            tr("subprocessor.page.done", { outcome }),
          ),
        );
    } catch (error) {
      if (error instanceof SubprocessorRefusal) {
        res
          .status(400)
          .type("html")
          .send(
            renderNotice(
              language,
              translator(language)("subprocessor.page.invalidTitle"),
              translator(language)(error.key),
            ),
          );
        return;
      }
      next(error);
    }
  });

  function sendAlready(res: Response, context: ApprovalContext) {
    const lang: Language = context.approval.language;
    const tr = translator(lang);
    const outcome = outcomeLine(context.approval, deps.subprocessor.timezone, tr);
    res
      .status(409)
      .type("html")
      .send(
        renderNotice(
          lang,
          tr("subprocessor.page.invalidTitle"),
          tr("subprocessor.page.alreadyDecided", { customer: context.approval.customerName, outcome }),
        ),
      );
  }

  return router;
}

function form(
  req: Request,
  opened: { link: Ok; context: ApprovalContext },
  csrf: string,
  errors: string[],
  values: { decision?: string; reason?: string; confirm?: boolean },
): string {
  return renderDecisionForm({
    proposal: opened.context.proposal,
    approval: opened.context.approval,
    contactName: opened.link.contactName,
    action: `${DECISION_PATH}/${encodeURIComponent(String(req.params.token))}`,
    csrf,
    errors,
    values,
  });
}

function setCsrfCookie(req: Request, res: Response, csrf: string, httpsPublicUrl: boolean): void {
  res.cookie(CSRF_COOKIE, csrf, {
    httpOnly: true,
    sameSite: "strict",
    // Secure under an https PUBLIC_URL even when the hop before us was plain HTTP; req.secure
    // believes X-Forwarded-Proto only from a proxy TRUST_PROXY names.
    secure: httpsPublicUrl || req.secure,
    path: DECISION_PATH,
    maxAge: 60 * 60_000,
  });
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}
