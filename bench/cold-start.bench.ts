// Cold start: `npm start` (node src/main.ts: Node's own type stripping) on a fresh DATA_DIR until /readyz answers 200: the
// embedded PostgreSQL is initialised, started and migrated. Warm start: the same DATA_DIR again after
// a clean SIGTERM. The baseline in the same run is the bare Node start of a TypeScript script that
// only listens and answers, which bounds what the process start itself costs.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort } from "../src/adapters/db/embedded/free-port.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface ColdStartResult {
  coldStartMs: number;
  warmStartMs: number;
  baselineMs: number;
}

function cleanEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|SLACK_|TEAMS_|SMTP_|MAIL_)/.test(key)),
  );
}

async function timeToReady(script: string, env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: tmpdir(),
    env: { ...cleanEnv(), ...env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const errors: string[] = [];
  child.stderr?.on("data", (chunk) => errors.push(String(chunk)));
  try {
    for (let attempt = 0; attempt < 1_200; attempt++) {
      if (child.exitCode !== null) throw new Error(`exited before ready:\n${errors.join("")}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((response) => response.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never ready:\n${errors.join("")}`);
  } finally {
    await stop(child);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export async function runColdStartBenchmark(): Promise<ColdStartResult> {
  const dir = await mkdtemp(join(tmpdir(), "dpa-bot-coldstart-"));
  try {
    const bare = join(dir, "bare.ts");
    await writeFile(
      bare,
      `import { createServer } from "node:http";\ncreateServer((_q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");\n`,
    );
    const basePort = await findFreePort();
    const baselineMs = await timeToReady(bare, { PORT: String(basePort) }, basePort);
    const env = async () => {
      const port = await findFreePort();
      const pgPort = await findFreePort();
      return {
        port,
        env: { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: join(dir, "data") },
      };
    };
    const cold = await env();
    const coldStartMs = await timeToReady(join(root, "src", "main.ts"), cold.env, cold.port);
    const warm = await env();
    const warmStartMs = await timeToReady(join(root, "src", "main.ts"), warm.env, warm.port);
    const round = (value: number) => Math.round(value);
    return {
      coldStartMs: round(coldStartMs),
      warmStartMs: round(warmStartMs),
      baselineMs: round(baselineMs),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatColdStart(r: ColdStartResult): string {
  return `start to /readyz 200: cold (fresh DATA_DIR) ${r.coldStartMs} ms, warm ${r.warmStartMs} ms; bare Node server ${r.baselineMs} ms (target < 10000 ms)`;
}
