// The embedded cluster's passwords: made at first start, each kept in its own file beside the
// cluster under DATA_DIR, readable by the bot's OS user only (0600). With fixed credentials any local
// user or container neighbour reaching the loopback port would be superuser: free to read every
// data-subject request and to switch off the audit log's append-only triggers (Bijlage 2 DPA).
import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** The cluster superuser's password: migrations, role and database management. */
export function superuserPasswordFile(clusterDir: string): string {
  return `${clusterDir}.superuser-password`;
}

/** The application role's password: what the server and the CLI work with day to day. */
export function appPasswordFile(clusterDir: string): string {
  return `${clusterDir}.app-password`;
}

/** 256 random bits, URL-safe, so the password goes into a connection URL as it is. */
export function newPassword(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The password kept in `path`, created there when missing. Two processes starting at once (server
 * and CLI) get the same one: the file appears complete or not at all (written aside, then linked
 * into place, which fails when the other process was first).
 */
export async function readOrCreatePassword(path: string): Promise<string> {
  const existing = await readPassword(path);
  if (existing !== undefined) return existing;
  await mkdir(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(draft, `${newPassword()}\n`, { mode: 0o600, flag: "wx" });
  try {
    await link(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await rm(draft, { force: true });
  }
  const created = await readPassword(path);
  if (created === undefined) throw new Error(`${path} disappeared while it was being created`);
  return created;
}

/** The password in `path`, or undefined when there is no such file. */
export async function readPassword(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new Error(
      `Cannot read the database password in ${path} (${code}): run dpa-bot as the OS user that owns the data directory`,
    );
  }
  // A copy restored from a backup or moved by hand may have come back readable by others.
  if (((await stat(path)).mode & 0o077) !== 0) {
    await chmod(path, 0o600).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        `${path} is readable by other users and only its owner can change that (${error.code}): chmod 600 it`,
      );
    });
  }
  const password = text.trim();
  if (password === "") throw new Error(`${path} is empty: restore it from a backup of the data directory`);
  return password;
}
