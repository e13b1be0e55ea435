// The real composition root in a child process, as `npm start` runs it: `node src/main.ts`, the
// TypeScript run by Node.js itself (type stripping), no loader in between.
// Its configuration comes only from the test: every variable the bot reads is removed from the
// inherited environment first, and it runs away from any developer .env in the project. Its stdout
// and stderr are kept for the test and also written to the run's log capture, so the scan for
// secrets and personal data after the run covers the child processes' logs too.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { envSchema } from "../../src/config.ts";
import type {} from "./global-setup.ts";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface AppProcess {
  child: ChildProcess;
  /** stdout and stderr as they arrived. */
  output: string[];
  /** Resolves with the exit code (null when killed by a signal) once the output is complete. */
  exited: Promise<number | null>;
}

/** A free loopback port (nothing listens on it the moment it is returned). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The test's environment without any variable the bot reads (nor NODE_ENV, which one test sets). */
export function cleanEnv(): Record<string, string | undefined> {
  const own = new Set([...Object.keys(envSchema.shape), "NODE_ENV"]);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !own.has(key)));
}

let started = 0;

/**
 * Starts src/main.ts of `root` (this checkout unless given, e.g. a production install) with `env`
 * (LOG_LEVEL info unless given).
 */
export function startApp(env: Record<string, string>, root = projectRoot): AppProcess {
  const child = spawn(process.execPath, [join(root, "src", "main.ts")], {
    cwd: tmpdir(), // away from any developer .env in the project
    env: { ...cleanEnv(), LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const capture = createWriteStream(
    join(inject("logCaptureDir"), `app-${process.pid}-${++started}-${child.pid ?? "unstarted"}.log`),
    { flags: "a" },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(String(chunk));
    capture.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // "close" comes after both pipes have ended: the capture then holds everything the child wrote.
  const exited = new Promise<number | null>((resolve) =>
    child.on("close", (code) => capture.end(() => resolve(code))),
  );
  return { child, output, exited };
}

/**
 * Polls GET /readyz until it answers 200; bounded by the number of attempts, not by wall time, and
 * failing at once (with the process's output) when the process exits.
 */
export async function waitForReady(port: number, running: AppProcess): Promise<Response> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (running.child.exitCode !== null) throw new Error(`server exited:\n${running.output.join("")}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server never became ready:\n${running.output.join("")}`);
}
