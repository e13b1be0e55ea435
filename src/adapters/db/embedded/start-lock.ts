// Two processes (server and CLI) may start at the same moment on one data directory. Without a lock
// both could run initdb into the same folder, or both spawn a server. The lock is a file created
// exclusively beside the data directory (initdb wants the directory itself empty); a lock left by a
// process that died is taken over.
import { mkdir, open, readFile, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isAlive } from "./postmaster.ts";

export async function withStartLock<T>(
  dataDir: string,
  work: () => Promise<T>,
  timeoutMs = 120_000,
): Promise<T> {
  const lockPath = `${dataDir}.lock`;
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(lockPath), { recursive: true });
  for (;;) {
    const handle = await open(lockPath, "wx").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return undefined;
      throw error;
    });
    if (handle) {
      try {
        await handle.writeFile(String(process.pid));
        await handle.close();
        return await work();
      } finally {
        await rm(lockPath, { force: true });
      }
    }
    const holder = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
    if ((holder > 0 && !isAlive(holder)) || (holder === 0 && (await isOlderThan(lockPath, 10_000)))) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockPath} (held by pid ${holder})`);
    await sleep(100);
  }
}

/** An empty lock file is normally a holder between open and write; after a while, a crashed one. */
async function isOlderThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ms;
}
