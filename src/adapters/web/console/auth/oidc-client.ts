// OpenID Connect sign-in (authorization code flow with PKCE) through openid-client: discovery of
// the provider, the authorization URL, and the code exchange that checks state, nonce, the ID
// token's signature, issuer, audience and lifetime. No token is handled by hand here.
import * as client from "openid-client";
import type { SignInAttempt } from "../../../db/repositories/console-sign-in-attempts.ts";
import { needsUserInfo, providerName } from "./claims-identity.ts";

export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** PUBLIC_URL/auth/callback, as registered with the provider. */
  redirectUri: string;
}

export interface OidcClient {
  /** "Microsoft", "Slack", or the provider's host name: shown on the sign-in button. */
  providerName: string;
  /** Where to send the browser, and what the callback must find again (kept on the server). */
  start(returnTo: string): Promise<{ url: URL; attempt: SignInAttempt }>;
  /** The claims of a completed sign-in; throws when anything does not check out. */
  finish(callbackUrl: URL, attempt: SignInAttempt): Promise<Record<string, unknown>>;
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= discover(settings).catch((error: unknown) => {
      discovered = undefined; // a provider that was away is asked again at the next sign-in
      throw error;
    });
    return discovered;
  };
  return {
    providerName: providerName(settings.issuerUrl),
    async start(returnTo) {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const attempt: SignInAttempt = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: "openid email profile",
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state: attempt.state,
        nonce: attempt.nonce,
      });
      return { url, attempt };
    },
    async finish(callbackUrl, attempt) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = { ...tokens.claims() };
      // Some providers put the address only in userinfo; the ID token's subject must match it.
      if (needsUserInfo(claims) && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
        return { ...info, ...claims };
      }
      return claims;
    },
  };
}

async function discover(settings: OidcSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuerUrl);
  // The configuration allows http:// only for a provider on this machine (config-console.ts).
  const options = issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : undefined;
  return client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, options);
}
