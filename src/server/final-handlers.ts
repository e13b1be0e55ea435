// The end of the one express app, after every route (health, Slack, Teams, the decision page): a
// 404 for an address nobody took, and one handler for every error a route, a body parser or the
// router passes on (a path that cannot be decoded, a body over its limit, malformed JSON, a
// database error). Express's own handler would answer with the stack, file paths and the driver's
// message unless NODE_ENV=production; this one answers a short page or JSON in the person's
// language, whatever NODE_ENV says, and the log keeps the detail.
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from "express";
import {
  ERROR_PAGE_HEADERS,
  type ErrorKind,
  errorJson,
  errorKindOf,
  renderErrorPage,
} from "../adapters/web/error-page.ts";
import type { Language } from "../domain/ports.ts";
import type { Logger } from "../logger.ts";
import { requestLanguage } from "./request-language.ts";

export interface FinalHandlerOptions {
  logger: Logger;
  defaultLanguage: Language;
}

/** Call once, after the last route is mounted. */
export function addFinalHandlers(app: Express, options: FinalHandlerOptions): void {
  app.use(notFound(options));
  app.use(errorHandler(options));
}

function notFound(options: FinalHandlerOptions): RequestHandler {
  return (req, res) => answer(req, res, 404, "notFound", options);
}

function errorHandler(options: FinalHandlerOptions): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = statusOf(error);
    const fields = { err: error, method: req.method, path: pathForLog(req), status };
    if (status >= 500) options.logger.error(fields, "request failed");
    else options.logger.info(fields, "request refused");
    if (res.headersSent) {
      // Part of an answer is out: cut the connection so the client sees it is incomplete.
      req.socket.destroy();
      return;
    }
    answer(req, res, status, errorKindOf(status), options);
  };
}

function answer(req: Request, res: Response, status: number, kind: ErrorKind, options: FinalHandlerOptions) {
  const language = requestLanguage(req, options.defaultLanguage);
  res.status(status).set(ERROR_PAGE_HEADERS);
  if (wantsJson(req)) res.json(errorJson(kind, language));
  else res.type("html").send(renderErrorPage(kind, language));
}

/** A client error says so (body-parser, the router: `status` 4xx); anything else is ours: 500. */
function statusOf(error: unknown): number {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = typeof status === "number" ? status : statusCode;
  return typeof code === "number" && Number.isInteger(code) && code >= 400 && code < 600 ? code : 500;
}

/** Programs' endpoints answer JSON; elsewhere a client that prefers JSON to HTML gets it. */
const JSON_PATHS = /^\/(?:api|slack)(?:\/|$)|^\/(?:healthz|readyz|metrics)$/;

function wantsJson(req: Request): boolean {
  try {
    return JSON_PATHS.test(req.path) || req.accepts(["html", "json"]) === "json";
  } catch {
    return false;
  }
}

/**
 * The path without its query and with anything that looks like a token masked: a decision link is
 * a credential (/decide/<token>), and logs are read by more people than the approver.
 */
export function pathForLog(req: Request): string {
  const path = (req.originalUrl || req.url || "").split("?")[0] ?? "";
  return path
    .split("/")
    .map((segment) => (/^[A-Za-z0-9_-]{16,}$/.test(segment) ? "[token]" : segment))
    .join("/")
    .slice(0, 200);
}
