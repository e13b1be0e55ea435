// A real OpenID Connect provider for the console's sign-in tests: oidc-provider in this process,
// on a random port of this machine, with one confidential client that must use PKCE. Its login
// page asks only which test account signs in; the claims are those of the three shapes the
// console understands (Microsoft Entra ID, Sign in with Slack, a verified e-mail address).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export const TEST_CLIENT = { id: "dpa-bot-console", secret: "test-client-secret-0123456789" };

export type TestClaims = Record<string, unknown>;

export interface TestOpenIdProvider {
  issuer: string;
  /** Registers the console's redirect URI (known once its server listens); call once. */
  start(redirectUri: string, accounts: Record<string, TestClaims>): void;
  close(): Promise<void>;
}

/** Listens at once (the issuer URL is needed to configure the console); serves after start(). */
export async function listenTestOpenIdProvider(): Promise<TestOpenIdProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server: Server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    start(redirectUri, accounts) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: TEST_CLIENT.id,
            client_secret: TEST_CLIENT.secret,
            redirect_uris: [redirectUri],
            token_endpoint_auth_method: "client_secret_post",
          },
        ],
        pkce: { required: () => true },
        ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
        cookies: { keys: ["test-cookie-key-for-the-provider"] },
        features: { devInteractions: { enabled: false } },
        // The claims go into the ID token, as Entra ID and Slack put them there.
        conformIdTokenClaims: false,
        claims: {
          openid: ["sub", "oid", "tid", "https://slack.com/user_id", "https://slack.com/team_id"],
          email: ["email", "email_verified"],
          profile: ["name"],
        },
        findAccount: (_ctx: unknown, id: string) =>
          accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
      });
      const callback = provider.callback();
      handle = (req, res) => {
        if (req.url?.startsWith("/interaction/")) {
          interaction(provider, req, res).catch((error: unknown) => {
            res.statusCode = 500;
            res.end(String(error));
          });
        } else callback(req, res);
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The login page: which test account signs in (a form, so a real browser can fill it in). */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === "GET") {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><title>Test provider</title><main>
      <form method="post" action="/interaction/${details.uid}">
        <label>Account <input name="login" autocomplete="off"></label>
        <button type="submit">Continue</button>
      </form></main></html>`);
    return;
  }
  let body = "";
  for await (const chunk of req) body += chunk;
  const login = new URLSearchParams(body).get("login") ?? "";
  const grant = new provider.Grant({ accountId: login, clientId: String(details.params.client_id) });
  grant.addOIDCScope("openid email profile");
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: login }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}
