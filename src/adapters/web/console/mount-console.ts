// The console is the third front door (beside chat and the CLI) onto the same use cases and the
// same permission model. It lives on the bot's own express app and PORT: its stylesheet, the
// sign-in routes (auth/), then every page behind the session middleware.
import { readFileSync } from "node:fs";
import express, { type Express, type RequestHandler, type Router } from "express";
import { CONSOLE_ASSETS_PATH, NAVIGATION } from "./layout.ts";

export interface ConsoleParts {
  /** Security headers for every console answer (CSP, frame-ancestors, referrer). */
  headers: RequestHandler;
  /** /auth/*: sign-in (OpenID Connect, one-time link), callback, sign-out. Not behind a session. */
  auth: Router;
  /**
   * Finds the session, reads the person's roles again, sets the viewer (viewer.ts) and checks the
   * CSRF token of every state-changing request; sends to sign-in otherwise.
   */
  requireViewer: RequestHandler;
  /**
   * The pages, each asking the permission model for what it shows and does. Every route lives at
   * "/" or under a NAVIGATION path: only those are behind the session, so any other address still
   * answers 404 rather than a sign-in page.
   */
  pages: Router[];
}

const STYLESHEET = readFileSync(new URL("./assets/console.css", import.meta.url), "utf8");

/** Mounts the console; call after Slack and Teams mounted their paths and before the final handlers. */
export function mountConsole(app: Express, parts: ConsoleParts): void {
  app.get(`${CONSOLE_ASSETS_PATH}/console.css`, (_req, res) => {
    res.type("text/css").set("Cache-Control", "public, max-age=3600").send(STYLESHEET);
  });
  const prefixes = NAVIGATION.map((item) => item.path).filter((path) => path !== "/");
  app.all("/", parts.headers);
  app.use([...prefixes, "/auth"], parts.headers);
  app.use(parts.auth);
  // Forms post urlencoded; a small limit keeps a forged flood from costing memory.
  const forms = express.urlencoded({ extended: false, limit: "64kb", parameterLimit: 200 });
  app.all("/", forms, parts.requireViewer);
  app.use(prefixes, forms, parts.requireViewer);
  for (const pages of parts.pages) app.use(pages);
}
