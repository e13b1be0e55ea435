// Reads prisma/migrations the way `prisma migrate` does (@prisma/migrate's listMigrations): one
// folder per migration with a migration.sql, sorted by name, plus migration_lock.toml.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm";

export const defaultSchemaPath = fileURLToPath(new URL("../../../../prisma/schema.prisma", import.meta.url));
export const defaultMigrationsDir = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));

export async function readMigrationsFolder(
  migrationsDir: string = defaultMigrationsDir,
): Promise<MigrationList> {
  const lockfileContent = await readFile(join(migrationsDir, "migration_lock.toml"), "utf8").catch(
    () => null,
  );
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(join(migrationsDir, folder, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
