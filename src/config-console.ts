// The compliance console's sign-in: an OpenID provider is all three variables or none (a half
// configuration would show a sign-in button that cannot work), and its issuer speaks HTTPS except
// on this machine (a provider under test, or a development one).
import type { ConsoleConfig, Env } from "./config.ts";
import { shownValue } from "./config-values.ts";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function oidcProblems(e: Env): string[] {
  const vars = {
    OIDC_ISSUER_URL: e.OIDC_ISSUER_URL,
    OIDC_CLIENT_ID: e.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET,
  };
  const set = Object.values(vars).filter((v) => v !== undefined).length;
  if (set !== 0 && set !== 3) {
    return Object.entries(vars)
      .filter(([, v]) => v === undefined)
      .map(([name]) => `${name}: required when any other OIDC_ variable is set (got unset)`);
  }
  if (e.OIDC_ISSUER_URL) {
    const issuer = new URL(e.OIDC_ISSUER_URL);
    if (issuer.protocol !== "https:" && !(issuer.protocol === "http:" && LOOPBACK.has(issuer.hostname))) {
      return [
        `OIDC_ISSUER_URL: expected an https:// issuer (http:// only on localhost) (got ${shownValue("OIDC_ISSUER_URL", e.OIDC_ISSUER_URL)})`,
      ];
    }
  }
  return [];
}

export function consoleConfig(e: Env): ConsoleConfig {
  return {
    oidc:
      e.OIDC_ISSUER_URL && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            enabled: true,
            issuerUrl: e.OIDC_ISSUER_URL,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
          }
        : { enabled: false },
    idleMinutes: e.CONSOLE_IDLE_MINUTES,
  };
}
