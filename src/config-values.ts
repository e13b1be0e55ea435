// What a configuration error may show of the value it refused: enough to spot a typo, never a
// credential. Errors are printed to stderr and end up in service logs that many people read, and
// credentials travel in places their variable's name does not announce: a proxy URL with a token
// as its password (SLACK_API_URL=https://user:xoxb-…@proxy), a token pasted into the wrong
// variable (LOG_LEVEL=xoxb-…).

const MAX_SHOWN = 80;

/** Variables that hold a secret by name: their values are never shown. */
export function looksSecret(name: string): boolean {
  return /TOKEN|SECRET|PASSWORD|CREDENTIAL|KEY|DATABASE_URL|SMTP_URL/.test(name);
}

/** The value as an error may quote it: `"…"`, or a description of what is withheld. */
export function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return "unset";
  if (looksSecret(name)) return '"***"';
  if (looksLikeCredential(value)) return "a value that looks like a token or key, not shown";
  const masked = maskUrlCredentials(value);
  if (masked.length > MAX_SHOWN) return `"${masked.slice(0, MAX_SHOWN)}…" (${value.length} characters)`;
  return `"${masked}"`;
}

/**
 * Slack tokens (xoxb-, xoxp-, xapp- …), JSON web tokens, and long random-looking runs: 20 or more
 * letters, digits, "-" and "_" with both letters and digits among them (signing secrets, client
 * secrets, API keys), or 32 or more base64 characters.
 */
export function looksLikeCredential(value: string): boolean {
  if (/xox[a-z]-|xapp-|xoxe\./i.test(value)) return true;
  if (/eyJ[\w-]{8,}/.test(value)) return true;
  for (const run of value.match(/[A-Za-z0-9_-]{20,}/g) ?? []) {
    if (/[A-Za-z]/.test(run) && /\d/.test(run)) return true;
  }
  return /[A-Za-z0-9+/=_-]{32,}/.test(value);
}

/**
 * A URL's user information (user:password@) and the values of query parameters named like
 * secrets, replaced by ***. Everything from "://" to the last "@" counts as user information: a
 * password may itself hold "@", "/" or spaces, and hiding too much is harmless here.
 */
export function maskUrlCredentials(value: string): string {
  let masked = value;
  const scheme = masked.indexOf("://");
  const at = masked.lastIndexOf("@");
  if (scheme >= 0 && at > scheme) masked = `${masked.slice(0, scheme + 3)}***${masked.slice(at)}`;
  return masked.replace(/([?&;])([^=&;#\s]*)=([^&;#\s]*)/g, (whole, separator: string, param: string) =>
    /pass|pwd|token|secret|key|sig|auth/i.test(param) ? `${separator}${param}=***` : whole,
  );
}
