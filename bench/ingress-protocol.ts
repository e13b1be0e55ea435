// What the ingress benchmark's processes share. The process under test runs only the app (or the
// bare Bolt baseline); Slack's side runs in two child processes of its own, so neither competes
// with the app for its event loop: bench/ingress-fake-slack.ts (the Web API the app calls, plus
// fresh trigger ids) and bench/ingress-load.ts (the signed requests and their timings). They talk
// to the parent over the IPC channel of child_process.fork.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadFigures } from "./load.ts";

export const CHANNEL = "C0INCIDENTS";
export const USER = { id: "U2147483697", name: "steve" };

export type LoadPlan =
  | { mode: "closed"; connections: number; total: number }
  | { mode: "open"; perSecond: number; seconds: number };

export type RequestKind = "command" | "submission";

/** Parent -> load generator. */
export type LoadCommand =
  | { type: "run"; id: number; url: string; kind: RequestKind; plan: LoadPlan }
  /** Answers the generator's `idle`: the app has finished the work it does after its answers. */
  | { type: "idle"; id: number };

/** Load generator -> parent. */
export type LoadReport =
  /** Its first message: it has its request templates and can take a run. */
  | { type: "ready" }
  | { type: "idle"; id: number }
  | { type: "done"; id: number; figures: LoadFigures }
  | { type: "failed"; id: number; error: string };

/** The fake Slack's first message: where its Web API and its trigger ids are. */
export interface FakeSlackReady {
  type: "ready";
  apiUrl: string;
  triggersUrl: string;
}

/**
 * Forks a benchmark script under tsx (not the parent's own flags: a `--cpu-prof` given to the
 * process under test stays with it) and resolves with its first message once it is listening.
 */
export async function forkReady<T>(
  script: string,
  args: string[],
): Promise<{ child: ChildProcess; ready: T }> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), args, {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = await new Promise<T>((resolve, reject) => {
    child.once("message", (message) => resolve(message as T));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return { child, ready };
}

/** Closes the IPC channel (the child exits on it) and waits for the child to be gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.disconnect();
  await exited;
}
