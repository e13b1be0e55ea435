// The frame of every console page: landmarks (banner, navigation, main), a skip link, the
// navigation the viewer may use, and sign-out. Rendered on the server with htm + preact, which
// escape every interpolated value: no HTML is ever built by joining strings. No inline script or
// style (the CSP forbids both): the look comes from /console/assets/console.css.
import { html } from "htm/preact";
import type { ComponentChildren, VNode } from "preact";
import { render } from "preact-render-to-string";
import type { Capability } from "../../../domain/access/capabilities.ts";
import type { Language } from "../../../domain/i18n/languages.ts";
import { type MessageKey, translator } from "../../../domain/i18n/translate.ts";
import { type ConsoleViewer, viewerMay } from "./viewer.ts";

export const CONSOLE_ASSETS_PATH = "/console/assets";

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Shown only to whom the permission model gives this (the page itself asks again). */
  capability: Capability;
}

export const NAVIGATION: readonly NavItem[] = [
  { path: "/", label: "console.shell.nav.overview", capability: "deadlines.read" },
  { path: "/incidents", label: "console.shell.nav.incidents", capability: "deadlines.read" },
  { path: "/requests", label: "console.shell.nav.requests", capability: "deadlines.read" },
  { path: "/subprocessors", label: "console.shell.nav.subprocessors", capability: "registers.read" },
  { path: "/customers", label: "console.shell.nav.customers", capability: "registers.read" },
  { path: "/audit", label: "console.shell.nav.audit", capability: "registers.read" },
  { path: "/exports", label: "console.shell.nav.exports", capability: "registers.read" },
];

export interface ConsolePage {
  viewer: ConsoleViewer;
  /** The page's own title (the document title adds the product name). */
  title: string;
  /** The navigation entry to mark as current (aria-current). */
  current?: string;
  body: ComponentChildren;
}

/** The whole document, ready to send as text/html. */
export function renderConsolePage(page: ConsolePage): string {
  const { viewer } = page;
  const t = translator(viewer.language);
  const items = NAVIGATION.filter((item) => viewerMay(viewer, item.capability));
  const document: VNode = html`<html lang=${viewer.language}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>${page.title} · ${t("console.shell.product")}</title>
      <link rel="stylesheet" href=${`${CONSOLE_ASSETS_PATH}/console.css`} />
    </head>
    <body>
      <a class="skip" href="#content">${t("console.shell.skip")}</a>
      <header class="banner">
        <a class="product" href="/">${t("console.shell.product")}</a>
        <form class="sign-out" method="post" action="/auth/sign-out">
          <span>${t("console.shell.signedInAs", { name: viewer.actor.displayName })}</span>
          <input type="hidden" name="_csrf" value=${viewer.csrfToken} />
          <button type="submit">${t("console.shell.signOut")}</button>
        </form>
      </header>
      <nav aria-label=${t("console.shell.nav.label")}>
        <ul>
          ${items.map(
            (item) =>
              html`<li>
                <a href=${item.path} aria-current=${item.path === page.current ? "page" : undefined}
                  >${t(item.label)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <main id="content" tabindex="-1">
        <h1>${page.title}</h1>
        ${page.body}
      </main>
    </body>
  </html>`;
  return `<!doctype html>\n${render(document)}`;
}

export interface PublicPage {
  language: Language;
  title: string;
  body: ComponentChildren;
}

/**
 * A page for someone who is not signed in (the sign-in page, a link's page, a refusal): the same
 * look and landmarks, without navigation or sign-out.
 */
export function renderPublicPage(page: PublicPage): string {
  const t = translator(page.language);
  const document: VNode = html`<html lang=${page.language}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>${page.title} · ${t("console.shell.product")}</title>
      <link rel="stylesheet" href=${`${CONSOLE_ASSETS_PATH}/console.css`} />
    </head>
    <body>
      <a class="skip" href="#content">${t("console.shell.skip")}</a>
      <header class="banner">
        <span class="product">${t("console.shell.product")}</span>
      </header>
      <main id="content" tabindex="-1" class="public">
        <h1>${page.title}</h1>
        ${page.body}
      </main>
    </body>
  </html>`;
  return `<!doctype html>\n${render(document)}`;
}
