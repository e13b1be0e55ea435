// Texts of the console's sign-in: the sign-in page, the one-time link page, refusals, an ended
// session or an expired form, sign-out, and the start-up line that says how to get in.
export const consoleAuth = {
  "console.auth.signIn.title": "Sign in",
  "console.auth.signIn.intro":
    "The compliance console is for staff with a role: incident handlers, privacy officers, auditors and administrators.",
  "console.auth.signIn.with": "Sign in with {provider}",
  "console.auth.signIn.noProvider":
    "No sign-in provider is set up for this console. Ask an administrator for a one-time sign-in link; they make one on the server with:",
  "console.auth.signIn.orLink": "An administrator can also make you a one-time sign-in link with:",
  "console.auth.link.title": "Sign in with your link",
  "console.auth.link.text":
    "This link signs in {name} once. It stays valid until it is used or expires, so opening this page changed nothing.",
  "console.auth.link.button": "Sign in",
  "console.auth.link.used.title": "This link was already used",
  "console.auth.link.used.text": "A sign-in link works once. Ask an administrator for a new one.",
  "console.auth.link.expired.title": "This link has expired",
  "console.auth.link.expired.text":
    "A sign-in link is valid for 15 minutes. Ask an administrator for a new one.",
  "console.auth.link.invalid.title": "This link is not valid",
  "console.auth.link.invalid.text":
    "Check that the whole address was copied, or ask an administrator for a new link.",
  "console.auth.refused.title": "No access to the console",
  "console.auth.unverified":
    "Your sign-in provider did not confirm your e-mail address, so it cannot tell us who you are. Ask an administrator for a sign-in link.",
  "console.auth.failed.title": "Sign-in did not complete",
  "console.auth.failed.text":
    "The sign-in was interrupted, took too long or was started in another browser. Nothing was changed.",
  "console.auth.again": "Sign in again",
  "console.auth.ended.title": "Your session has ended",
  "console.auth.ended.text": "Sign in again to continue. What you sent last was not saved.",
  "console.auth.forged.title": "This form can no longer be sent",
  "console.auth.forged.text":
    "It was not sent from a page of this console, or the page is older than your session. Nothing was changed: reload the page and try again.",
  "console.auth.signedOut.title": "You are signed out",
  "console.auth.signedOut.text": "Your session has ended on this browser.",
  "console.auth.home.text": "You are signed in. The console's pages appear here as they are added.",
  "console.auth.startup.link":
    "Console at {url}. No sign-in provider is set (OIDC_ISSUER_URL): grant yourself a role with `npm run cli -- staff grant admin --email you@example.com`, then make a one-time sign-in link with `npm run cli -- console link --email you@example.com`",
  "console.auth.startup.oidc": "Console at {url}, sign-in with {provider}",
} as const;
