// The console's start page until the overview page takes "/": it says the person is signed in.
// Its place in `consolePages` (main.ts) is taken by the real overview.
import express, { type Router } from "express";
import { html } from "htm/preact";
import { translator } from "../../../domain/i18n/translate.ts";
import type { ConsoleDeps } from "./console-deps.ts";
import { renderConsolePage } from "./layout.ts";
import { viewerOf } from "./viewer.ts";

/** Takes the pages' dependencies like every pages module, though it needs none of them. */
export function createPlaceholderOverview(_deps?: ConsoleDeps): Router {
  const router = express.Router();
  router.get("/", (_req, res) => {
    const viewer = viewerOf(res);
    const t = translator(viewer.language);
    res.type("html").send(
      renderConsolePage({
        viewer,
        title: t("console.shell.nav.overview"),
        current: "/",
        body: html`<p>${t("console.auth.home.text")}</p>`,
      }),
    );
  });
  return router;
}
