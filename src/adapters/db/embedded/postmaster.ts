// Finds the PostgreSQL server that owns a data directory, from its postmaster.pid. The server and the
// CLI share one data directory: whichever starts second must connect to the running server, and a
// pid file left behind by a crash (killed machine, SIGKILL) must not block the next start.
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface RunningPostmaster {
  pid: number;
  port: number;
  /** "starting", "ready", "stopping" or "standby" (line 8 of postmaster.pid). */
  status: string;
}

/** The live server of this data directory, or undefined. A stale postmaster.pid is removed. */
export async function findRunningPostmaster(dataDir: string): Promise<RunningPostmaster | undefined> {
  const pidFile = join(dataDir, "postmaster.pid");
  const text = await readFile(pidFile, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  // Layout (src/include/miscadmin.h): pid, data dir, start time, port, socket dir, listen address,
  // shared memory key, status.
  const lines = text.split("\n").map((line) => line.trim());
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && (await isPostmasterOf(pid, dataDir))) {
    return { pid, port, status: lines[7] ?? "" };
  }
  // The process is gone, or its pid now belongs to another program: PostgreSQL itself would refuse
  // to start in the second case, so the file goes.
  await rm(pidFile, { force: true });
  return undefined;
}

/** Waits until the server reports "ready"; undefined when it stopped instead. */
export async function waitUntilReady(
  dataDir: string,
  timeoutMs = 60_000,
): Promise<RunningPostmaster | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = await findRunningPostmaster(dataDir);
    if (running === undefined || running.status === "ready") return running;
    if (Date.now() > deadline) {
      throw new Error(
        `PostgreSQL in ${dataDir} (pid ${running.pid}) stayed "${running.status}" for ${timeoutMs} ms`,
      );
    }
    await sleep(100);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but owned by another user (we are not root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  // Linux tells us the command line; where it cannot be read, a live pid is trusted, because
  // deleting the pid file of a live server would let a second one start on the same files.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined);
  if (cmdline === undefined) return true;
  const args = cmdline.split("\0");
  const flag = args.indexOf("-D");
  const dataDirArg = flag >= 0 ? args[flag + 1] : undefined;
  return (
    (args[0] ?? "").endsWith("postgres") &&
    dataDirArg !== undefined &&
    resolve(dataDirArg) === resolve(dataDir)
  );
}
