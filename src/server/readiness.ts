// Ready means: the database answers and every migration folder in prisma/migrations is applied
// (Prisma's own bookkeeping table, so the answer agrees with `prisma migrate status`).
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../generated/prisma/client.ts";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export interface Readiness {
  ready: boolean;
  database: "up" | "down";
  pendingMigrations: string[];
  error?: string;
}

export async function checkReadiness(prisma: PrismaClient): Promise<Readiness> {
  const expected = await listMigrationNames();
  try {
    const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pendingMigrations = expected.filter((name) => !applied.has(name));
    return { ready: pendingMigrations.length === 0, database: "up", pendingMigrations };
  } catch (error) {
    return { ready: false, database: "down", pendingMigrations: expected, error: (error as Error).message };
  }
}

async function listMigrationNames(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
