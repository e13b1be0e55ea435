// GET/POST /decide/<token>: the page behind the personal e-mail link (art. 9 DPA). The token is
// looked up by its hash; a forged, used or expired link gets a clear page and changes nothing (a
// used or expired one names its proposal and customer, so the approver knows which it was). The
// decision is a POST carrying a CSRF token that must match both its link's cookie and the hash
// stored with the link when the page was shown (csrf-cookie.ts). Evidence kept: link id, IP address
// (the client's, behind a proxy TRUST_PROXY names), user agent. Any other error goes on to the app's
// final handler (src/server/final-handlers.ts), which answers without internals.
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
  setLinkCsrf,
} from "../../db/repositories/approval-links.ts";
import {
  type CookieSecurity,
  clearCsrfCookie,
  csrfTokenFor,
  readCsrfCookie,
  setCsrfCookie,
} from "./csrf-cookie.ts";
import { renderDecisionForm, renderNotice } from "./render-decision-page.ts";

export const DECISION_PATH = "/decide";

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
  const cookies: CookieSecurity = { httpsPublicUrl: deps.publicUrl?.startsWith("https://") === true };
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
    if (link.status === "invalid") {
      res
        .status(404)
        .type("html")
        .send(renderNotice(language, tr("subprocessor.page.invalidTitle"), tr("subprocessor.page.invalid")));
      return null;
    }
    if (link.status !== "ok") {
      // A real link, only no longer usable: say which request it was for (not who it concerns).
      const context = await deps.subprocessor.proposals.approvalContext(link.approvalId);
      const t = translator(link.language);
      res
        .status(410)
        .type("html")
        .send(
          renderNotice(
            link.language,
            t("subprocessor.page.invalidTitle"),
            t(`subprocessor.page.${link.status}`),
            context ? aboutLine(context) : undefined,
          ),
        );
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
      const { link } = opened;
      const csrf = csrfTokenFor(req, link);
      if (csrf.isNew) await setLinkCsrf(deps.prisma, link.linkId, hashToken(csrf.token));
      setCsrfCookie(req, res, link.linkId, csrf.token, cookies);
      res.type("html").send(form(req, opened, csrf.token, [], {}));
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
      if (!csrf || csrf !== readCsrfCookie(req, link.linkId) || link.csrfHash !== hashToken(csrf)) {
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
      clearCsrfCookie(req, res, link.linkId, cookies);
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
                aboutLine(context),
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
          aboutLine(context),
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

/** Which request a page is about: the proposal's reference, the sub-processor and the customer. */
function aboutLine(context: ApprovalContext): string {
  return translator(context.approval.language)("subprocessor.page.about", {
    ref: context.proposal.reference,
    name: context.proposal.subProcessorName,
    customer: context.approval.customerName,
  });
}
