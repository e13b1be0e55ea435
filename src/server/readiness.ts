// Ready means: the database answers and every migration in prisma/migrations is applied, none
// failed (Prisma's own bookkeeping, so the answer agrees with `prisma migrate status`).
// GET /readyz is open to anyone who reaches PORT and a load balancer asks it every few seconds: the
// answer is only up or down (why is logged, never answered: a driver's message names hosts and
// tables), the migration folder is read once per process, and one answer serves every probe for a
// few seconds, so a flood of probes cannot become a flood of database queries.
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { migrationStatus, type SqlRunner } from "../adapters/db/migrate.ts";
import { readMigrationsFolder } from "../adapters/db/schema-engine/migrations-folder.ts";
import type { Clock } from "../domain/ports.ts";
import type { Logger } from "../logger.ts";

export interface Readiness {
  ready: boolean;
  database: "up" | "down";
  pendingMigrations: string[];
  failedMigrations: string[];
  /** Why the database could not be asked: for the log only. */
  error?: unknown;
}

export async function checkReadiness(db: SqlRunner, folder?: MigrationList): Promise<Readiness> {
  try {
    const status = await migrationStatus(db, { folder });
    return {
      ready: status.upToDate,
      database: "up",
      pendingMigrations: status.pending,
      failedMigrations: status.failed,
    };
  } catch (error) {
    return { ready: false, database: "down", pendingMigrations: [], failedMigrations: [], error };
  }
}

export interface ReadinessProbeOptions {
  clock: Clock;
  logger: Logger;
  /** How long one answer is given again without asking the database (default 5 s). */
  cacheMs?: number;
  migrationsDir?: string;
}

export const READINESS_CACHE_MS = 5_000;

/** The readiness answer, asked at most once per `cacheMs`; concurrent callers share one check. */
export function createReadinessProbe(
  db: SqlRunner,
  options: ReadinessProbeOptions,
): () => Promise<Readiness> {
  const cacheMs = options.cacheMs ?? READINESS_CACHE_MS;
  let folder: Promise<MigrationList> | undefined;
  let cached: { at: number; readiness: Readiness } | undefined;
  let running: Promise<Readiness> | undefined;
  let lastLogged: string | undefined;

  const check = async (): Promise<Readiness> => {
    folder ??= readMigrationsFolder(options.migrationsDir);
    const readiness = await checkReadiness(db, await folder);
    cached = { at: options.clock.now().getTime(), readiness };
    log(readiness);
    return readiness;
  };

  // Each change is logged once (with the driver's error), not every probe of the same state.
  const log = (readiness: Readiness) => {
    const { error, ...state } = readiness;
    const key = JSON.stringify([state, error instanceof Error ? error.message : String(error ?? "")]);
    if (key === lastLogged) return;
    const first = lastLogged === undefined;
    lastLogged = key;
    if (!readiness.ready) options.logger.warn({ ...state, err: error }, "not ready");
    else if (!first) options.logger.info("ready again");
  };

  return () => {
    if (cached && options.clock.now().getTime() - cached.at < cacheMs) {
      return Promise.resolve(cached.readiness);
    }
    running ??= check().finally(() => {
      running = undefined;
    });
    return running;
  };
}
