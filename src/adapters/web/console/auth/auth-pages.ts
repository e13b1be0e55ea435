// The pages of signing in and out, for someone without a session: the sign-in page, a link's
// page (a button, so that a mail scanner opening the link does not use it up), and the short
// answers when something ends or is refused. Every text through the catalog, in the browser's
// language (or the person's own, once known); no script.
import { html } from "htm/preact";
import type { MessageKey } from "../../../../domain/i18n/translate.ts";
import { translator } from "../../../../domain/i18n/translate.ts";
import type { Language } from "../../../../domain/ports.ts";
import { renderPublicPage } from "../layout.ts";

const LINK_COMMAND = "dpa-bot console link --email you@example.com";

export function signInPage(language: Language, options: { provider?: string; returnTo: string }): string {
  const t = translator(language);
  const start = `/auth/oidc?next=${encodeURIComponent(options.returnTo)}`;
  return renderPublicPage({
    language,
    title: t("console.auth.signIn.title"),
    body: html`<p>${t("console.auth.signIn.intro")}</p>
      ${
        options.provider
          ? html`<p><a class="button" href=${start}>${t("console.auth.signIn.with", { provider: options.provider })}</a></p>
            <p>${t("console.auth.signIn.orLink")}</p>`
          : html`<p>${t("console.auth.signIn.noProvider")}</p>`
      }
      <pre><code>${LINK_COMMAND}</code></pre>`,
  });
}

export function linkPage(
  language: Language,
  options: { name: string; action: string; formToken: string },
): string {
  const t = translator(language);
  return renderPublicPage({
    language,
    title: t("console.auth.link.title"),
    body: html`<p>${t("console.auth.link.text", { name: options.name })}</p>
      <form method="post" action=${options.action}>
        <input type="hidden" name="_csrf" value=${options.formToken} />
        <button type="submit">${t("console.auth.link.button")}</button>
      </form>`,
  });
}

/** A short page that says what happened and offers the way back in. */
export function messagePage(
  language: Language,
  title: MessageKey,
  text: string | MessageKey,
  options: { signInAgain?: boolean; translated?: boolean } = {},
): string {
  const t = translator(language);
  const paragraph = options.translated ? text : t(text as MessageKey);
  return renderPublicPage({
    language,
    title: t(title),
    body: html`<p>${paragraph}</p>
      ${options.signInAgain === false ? null : html`<p><a href="/auth/sign-in">${t("console.auth.again")}</a></p>`}`,
  });
}

/** The permission model's refusal in words, with sign-out when a session is open. */
export function refusalPage(language: Language, refusal: string, signOut?: { csrfToken: string }): string {
  const t = translator(language);
  return renderPublicPage({
    language,
    title: t("console.auth.refused.title"),
    body: html`<p class="warning">${refusal}</p>
      ${
        signOut
          ? html`<form method="post" action="/auth/sign-out">
            <input type="hidden" name="_csrf" value=${signOut.csrfToken} />
            <button type="submit" class="secondary">${t("console.shell.signOut")}</button>
          </form>`
          : null
      }`,
  });
}
