// Opens the application's database: the configured server, or an embedded PostgreSQL under the data
// directory when none is configured; brings its schema up to date; hands out the Prisma client.
// On the embedded cluster, migrations run as its superuser and the client works as the application
// role (app-role.ts); on a configured server the operator chooses the roles (README, Database roles).
import { join } from "node:path";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { APP_ROLE, provisionAppRole } from "./app-role.ts";
import { withCredentials, withDatabase } from "./connection-url.ts";
import { appPasswordFile, readOrCreatePassword } from "./embedded/password-files.ts";
import { startEmbeddedPostgres } from "./embedded.ts";
import { ensureDatabase } from "./ensure-database.ts";
import { applyMigrations } from "./migrate.ts";
import { createPrismaClient } from "./prisma.ts";

export interface OpenDatabaseOptions {
  /** An external PostgreSQL; when unset the embedded one is used. */
  databaseUrl?: string;
  /** The application's data directory; the embedded cluster lives in its `postgres` folder. */
  dataDir: string;
  /** Port of the embedded cluster (127.0.0.1 only). */
  embeddedPort: number;
  /** Apply pending migrations first (default true), as `prisma migrate deploy` would. */
  migrate?: boolean;
  /** Log lines of the embedded PostgreSQL. */
  onPostgresLog?: (line: string) => void;
}

export interface Database {
  prisma: PrismaClient;
  /** What `prisma` connects with: on the embedded cluster, as the application role. */
  url: string;
  /** "external", or whether this process started the embedded cluster or found it running. */
  source: "external" | "embedded-started" | "embedded-reused";
  /** Disconnects, and stops the embedded cluster if this process started it. */
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = "dpa_bot";

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const server = options.databaseUrl ? undefined : await startEmbedded(options);
  try {
    const adminUrl = options.databaseUrl ?? withDatabase(server!.url, EMBEDDED_DATABASE_NAME);
    if (server) await ensureDatabase(server.url, EMBEDDED_DATABASE_NAME);
    if (options.migrate ?? true) await applyMigrations(adminUrl);
    const url = server ? await embeddedAppUrl(adminUrl, options.dataDir) : adminUrl;
    const prisma = createPrismaClient(url);
    return {
      prisma,
      url,
      source: !server ? "external" : server.reused ? "embedded-reused" : "embedded-started",
      close: async () => {
        await prisma.$disconnect();
        await server?.stop();
      },
    };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}

function clusterDir(dataDir: string): string {
  return join(dataDir, "postgres");
}

function startEmbedded(options: OpenDatabaseOptions) {
  return startEmbeddedPostgres({
    dataDir: clusterDir(options.dataDir),
    port: options.embeddedPort,
    onLog: options.onPostgresLog,
  });
}

/** Provisions the application role (after the migrations, so their tables are granted) and signs in as it. */
async function embeddedAppUrl(adminUrl: string, dataDir: string): Promise<string> {
  const password = await readOrCreatePassword(appPasswordFile(clusterDir(dataDir)));
  await provisionAppRole(adminUrl, password);
  return withCredentials(adminUrl, APP_ROLE, password);
}
