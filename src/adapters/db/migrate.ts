// Schema migrations without the Prisma CLI: prisma/migrations/*/migration.sql applied by Prisma's
// schema engine (WebAssembly build), with Prisma's own `_prisma_migrations` bookkeeping, so a database
// migrated here is accepted by `prisma migrate deploy` and the other way round.
import { createHash } from "node:crypto";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import pg from "pg";
import type { EngineSessionOptions } from "./schema-engine/engine-session.ts";
import { withSchemaEngine } from "./schema-engine/engine-session.ts";
import { defaultMigrationsDir, readMigrationsFolder } from "./schema-engine/migrations-folder.ts";

export interface MigrateOptions extends EngineSessionOptions {
  migrationsDir?: string;
}

// No tables or enums are managed outside Prisma (prisma.config.ts has no `tables.external`).
const filters = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration not yet applied and returns their names. Idempotent; safe when several
 * processes start at once, because the engine serialises them on a PostgreSQL advisory lock. A
 * migration that fails is rolled back (it runs as one transaction) and recorded as failed; later
 * runs then refuse (P3009) until someone resolves it.
 */
export async function applyMigrations(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const migrationsList = await readMigrationsFolder(options.migrationsDir);
  return withSchemaEngine(
    url,
    "applyMigrations",
    async (engine) => (await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames,
    options,
  );
}

export interface SchemaDiff {
  /** 0: schema.prisma and the migrations describe the same database; 2: they differ. */
  exitCode: number;
  /** The SQL that would bring a database from the migrations to schema.prisma (the next migration). */
  sql: string;
}

/**
 * Compares schema.prisma with the database the migrations produce. The migrations are replayed in a
 * throw-away shadow database created on the server `url` points at (it needs CREATE DATABASE).
 * Triggers and functions are invisible to Prisma, so hand-written ones do not count as drift.
 */
export async function diffSchemaAgainstMigrations(
  url: string,
  options: MigrateOptions = {},
): Promise<SchemaDiff> {
  const migrationsList = await readMigrationsFolder(options.migrationsDir);
  return withSchemaEngine(
    url,
    "diff",
    async (engine, schemaFile) => {
      const result = await engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [schemaFile] },
        script: true,
        exitCode: true,
        filters,
      });
      return { exitCode: result.exitCode, sql: result.stdout ?? "" };
    },
    options,
  );
}

export interface MigrationStatus {
  /** Every migration folder is applied and none is left failed. */
  upToDate: boolean;
  /** Folders not applied yet. */
  pending: string[];
  /** Started but neither finished nor rolled back: needs a person (`prisma migrate resolve`). */
  failed: string[];
  /** Applied, but the file changed since (checksum differs). */
  edited: string[];
  /** Applied in the database, but no folder here: the database was migrated by a newer release. */
  unknown: string[];
}

/** Anything that runs raw SQL: a PrismaClient, or a URL for a one-off connection. */
export type SqlRunner = { $queryRawUnsafe<T = unknown>(query: string): PromiseLike<T> };

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Compares `_prisma_migrations` with the migration folders by reading the table, without the engine:
 * cheap enough for a readiness probe, and it never waits on the lock of a running migration.
 */
export async function migrationStatus(
  db: string | SqlRunner,
  options: { migrationsDir?: string; folder?: MigrationList } = {},
): Promise<MigrationStatus> {
  const folder =
    options.folder ?? (await readMigrationsFolder(options.migrationsDir ?? defaultMigrationsDir));
  const rows = await readMigrationRows(db);
  const live = rows.filter((row) => row.rolled_back_at === null);
  const applied = new Map(
    live.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]),
  );
  const names = new Set(folder.migrationDirectories.map((dir) => dir.path));
  const sums = checksumsOf(folder);
  const edited = folder.migrationDirectories.filter((dir) => {
    const row = applied.get(dir.path);
    const sum = sums.get(dir.path);
    return row !== undefined && sum !== undefined && row.checksum !== sum;
  });
  const status = {
    pending: [...names].filter((name) => !applied.has(name)),
    failed: live.filter((row) => row.finished_at === null).map((row) => row.migration_name),
    edited: edited.map((dir) => dir.path),
    unknown: [...applied.keys()].filter((name) => !names.has(name)),
  };
  return { upToDate: status.pending.length === 0 && status.failed.length === 0, ...status };
}

/** Prisma's checksum of a migration: SHA-256 of the file, in hex. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

// A folder read once and passed again (the readiness probe does) is hashed once, not on every call.
const checksumsByFolder = new WeakMap<MigrationList, Map<string, string>>();
function checksumsOf(folder: MigrationList): Map<string, string> {
  let sums = checksumsByFolder.get(folder);
  if (!sums) {
    sums = new Map(
      folder.migrationDirectories.flatMap((dir) =>
        dir.migrationFile.content.tag === "ok"
          ? [[dir.path, sha256(dir.migrationFile.content.value)] as const]
          : [],
      ),
    );
    checksumsByFolder.set(folder, sums);
  }
  return sums;
}

const MIGRATION_ROWS = "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations";

async function readMigrationRows(db: string | SqlRunner): Promise<MigrationRow[]> {
  const exists = "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists";
  if (typeof db !== "string") {
    const [row] = await db.$queryRawUnsafe<Array<{ exists: boolean }>>(exists);
    return row?.exists ? db.$queryRawUnsafe<MigrationRow[]>(MIGRATION_ROWS) : [];
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(exists);
    return rows[0]?.exists ? (await client.query<MigrationRow>(MIGRATION_ROWS)).rows : [];
  } finally {
    await client.end();
  }
}
