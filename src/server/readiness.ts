// Ready means: the database answers and every migration in prisma/migrations is applied, none
// failed (Prisma's own bookkeeping, so the answer agrees with `prisma migrate status`).
import { migrationStatus } from "../adapters/db/migrate.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export interface Readiness {
  ready: boolean;
  database: "up" | "down";
  pendingMigrations: string[];
  failedMigrations: string[];
  error?: string;
}

export async function checkReadiness(prisma: PrismaClient): Promise<Readiness> {
  try {
    const status = await migrationStatus(prisma);
    return {
      ready: status.upToDate,
      database: "up",
      pendingMigrations: status.pending,
      failedMigrations: status.failed,
    };
  } catch (error) {
    return {
      ready: false,
      database: "down",
      pendingMigrations: [],
      failedMigrations: [],
      error: (error as Error).message,
    };
  }
}
