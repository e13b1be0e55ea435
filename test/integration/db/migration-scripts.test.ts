// A migration runs as one script in one transaction: function bodies and literals containing ";"
// survive, and a migration that fails leaves nothing half-applied.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, migrationStatus } from "../../../src/adapters/db/migrate.ts";
import { createEmptyTestDatabase, type EmptyTestDatabase } from "../../support/db.ts";

let scratch: string;
let db: EmptyTestDatabase;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "dpa-bot-migrations-"));
  db = await createEmptyTestDatabase();
});
afterAll(async () => {
  await db?.drop();
  await rm(scratch, { recursive: true, force: true });
});

async function writeMigrations(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(scratch, "set-"));
  await writeFile(join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function scalar(sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return Object.values((await client.query(sql)).rows[0] ?? {})[0];
  } finally {
    await client.end();
  }
}

const functionWithSemicolons = `
CREATE TABLE "Note" ("text" TEXT NOT NULL);
CREATE FUNCTION "note_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."text" = ';' THEN
    RAISE EXCEPTION 'a lone ; is not a note';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "note_guard" BEFORE INSERT ON "Note" FOR EACH ROW EXECUTE FUNCTION "note_guard"();
INSERT INTO "Note" VALUES ('first; second');
`;

describe("migration scripts", () => {
  it("applies function bodies and literals that contain semicolons", async () => {
    const dir = await writeMigrations({ "20260101000000_notes": functionWithSemicolons });

    expect(await applyMigrations(db.url, { migrationsDir: dir })).toEqual(["20260101000000_notes"]);
    expect(await scalar(`SELECT "text" FROM "Note"`)).toBe("first; second");
  });

  it("rolls a failing migration back entirely and refuses to go on until it is resolved", async () => {
    const dir = await writeMigrations({
      "20260101000000_notes": functionWithSemicolons,
      "20260102000000_broken": `CREATE TABLE "Half" ("id" INT);\nSELECT * FROM "DoesNotExist";\n`,
    });

    await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(/DoesNotExist/);
    expect(await scalar(`SELECT to_regclass('"Half"') IS NULL`)).toBe(true);
    expect(await migrationStatus(db.url, { migrationsDir: dir })).toMatchObject({
      upToDate: false,
      failed: ["20260102000000_broken"],
    });
    await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(/P3009/);
  });
});
