// The migration runner keeps Prisma's own bookkeeping, so `prisma migrate deploy` accepts a database
// it migrated, and it can run at every start: a second run, or a concurrent one, applies nothing.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, migrationStatus, sha256 } from "../../../src/adapters/db/migrate.ts";
import { defaultMigrationsDir } from "../../../src/adapters/db/schema-engine/migrations-folder.ts";
import { createEmptyTestDatabase, type EmptyTestDatabase } from "../../support/db.ts";

const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const databases: EmptyTestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.drop()));
});

async function emptyDatabase(): Promise<EmptyTestDatabase> {
  const db = await createEmptyTestDatabase();
  databases.push(db);
  return db;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("applyMigrations", () => {
  it("applies every migration folder once, and nothing on the second run", async () => {
    const db = await emptyDatabase();

    expect(await applyMigrations(db.url)).toEqual(folders);
    expect(await applyMigrations(db.url)).toEqual([]);
  });

  it("records one finished row per folder with the SHA-256 of its migration.sql", async () => {
    const db = await emptyDatabase();
    await applyMigrations(db.url);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      db.url,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    const expected = await Promise.all(
      folders.map(async (folder) => ({
        migration_name: folder,
        checksum: sha256(await readFile(join(defaultMigrationsDir, folder, "migration.sql"), "utf8")),
        finished_at: expect.any(Date),
      })),
    );
    expect(rows).toEqual(expected);
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("applies each migration exactly once when two processes start together", async () => {
    const db = await emptyDatabase();

    const [first, second] = await Promise.all([applyMigrations(db.url), applyMigrations(db.url)]);

    expect([...first, ...second].sort()).toEqual(folders);
    const rows = await query<{ count: string }>(db.url, "SELECT count(*) FROM _prisma_migrations");
    expect(Number(rows[0]?.count)).toBe(folders.length);
  });
});

describe("migrationStatus", () => {
  it("lists every folder as pending on an empty database, none once migrated", async () => {
    const db = await emptyDatabase();

    expect(await migrationStatus(db.url)).toEqual({
      upToDate: false,
      pending: folders,
      failed: [],
      edited: [],
      unknown: [],
    });
    await applyMigrations(db.url);
    expect(await migrationStatus(db.url)).toEqual({
      upToDate: true,
      pending: [],
      failed: [],
      edited: [],
      unknown: [],
    });
  });
});
