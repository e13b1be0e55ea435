// schema.prisma and prisma/migrations must describe the same database: a model change without a
// migration (npx tsx scripts/new-migration.ts <name>) fails here rather than in production.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { diffSchemaAgainstMigrations } from "../../../src/adapters/db/migrate.ts";
import { defaultSchemaPath } from "../../../src/adapters/db/schema-engine/migrations-folder.ts";
import { testServerUrl } from "../../support/db.ts";

const scratch = await mkdtemp(join(tmpdir(), "dpa-bot-drift-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("schema drift", () => {
  it("finds no difference between schema.prisma and the migrations", async () => {
    const diff = await diffSchemaAgainstMigrations(testServerUrl());
    expect(diff.sql, "schema.prisma changed without a migration; run scripts/new-migration.ts").not.toMatch(
      /CREATE|ALTER|DROP/,
    );
    expect(diff.exitCode).toBe(0);
  });

  it("reports a model change that has no migration", async () => {
    const schema = await readFile(defaultSchemaPath, "utf8");
    const changed = join(scratch, "schema.prisma");
    await writeFile(
      changed,
      schema.replace("  actorName    String\n", "  actorName    String\n  actorEmail   String?\n"),
    );

    const diff = await diffSchemaAgainstMigrations(testServerUrl(), { schemaPath: changed });

    expect(diff.exitCode).toBe(2);
    expect(diff.sql).toMatch(/ALTER TABLE "AuditLog" ADD COLUMN\s+"actorEmail" TEXT/);
  });

  it("leaves no shadow database behind", async () => {
    const client = new pg.Client({ connectionString: testServerUrl() });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow%'",
      );
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
