// An OpenID Connect sign-in under way: its state, nonce and PKCE verifier stay on the server, found
// again at the callback by the browser's cookie (only the SHA-256 of its token is the id). Taken
// once: a replayed callback finds nothing.
import { hashToken, newToken } from "./approval-links.ts";
import type { Db } from "./audit.ts";

/** Long enough to type a password and answer a second factor; short enough to be of no use later. */
export const SIGN_IN_ATTEMPT_MINUTES = 10;

export interface SignInAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Returns the token for the browser's cookie. */
export async function saveSignInAttempt(db: Db, attempt: SignInAttempt, now: Date): Promise<string> {
  const token = newToken();
  await db.consoleSignInAttempt.create({
    data: {
      id: hashToken(token),
      ...attempt,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_ATTEMPT_MINUTES * 60_000),
    },
  });
  return token;
}

/** The attempt of this cookie's token, removed as it is read; null when unknown or too old. */
export async function takeSignInAttempt(db: Db, token: string, now: Date): Promise<SignInAttempt | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const id = hashToken(token);
  const row = await db.consoleSignInAttempt.findUnique({ where: { id } });
  if (!row) return null;
  // Whoever deletes the row took it: of two callbacks racing with one cookie, one goes on.
  const taken = await db.consoleSignInAttempt.deleteMany({ where: { id } });
  if (taken.count !== 1 || row.expiresAt <= now) return null;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo };
}
