// A password as PostgreSQL stores it for SCRAM-SHA-256 (RFC 5802/7677), computed here like psql's
// \password does: ALTER ROLE then carries only the verifier, so the plain password never reaches
// the server, its logs (a failing statement is logged with its text) or pg_stat_activity.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

/** PostgreSQL's default (scram_iterations). */
const ITERATIONS = 4096;

/** `password` must be ASCII without control characters, for which SASLprep changes nothing. */
export function scramSha256Verifier(password: string, salt: Buffer = randomBytes(16)): string {
  if (!/^[\x21-\x7e]+$/.test(password)) throw new Error("Only printable ASCII passwords are supported here");
  const salted = pbkdf2Sync(password, salt, ITERATIONS, 32, "sha256");
  const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
  const storedKey = createHash("sha256").update(hmac(salted, "Client Key")).digest();
  const serverKey = hmac(salted, "Server Key");
  const b64 = (bytes: Buffer) => bytes.toString("base64");
  return `SCRAM-SHA-256$${ITERATIONS}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}
