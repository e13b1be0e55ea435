// A real PostgreSQL database per test file, cloned from the run's migrated template
// (test/support/global-setup.ts). Never an in-memory stand-in: constraints, triggers and locking
// behave as in production.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { quoteIdentifier, withDatabase } from "../../src/adapters/db/connection-url.ts";
import { createPrismaClient } from "../../src/adapters/db/prisma.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type {} from "./global-setup.ts";

export interface TestDatabase {
  prisma: PrismaClient;
  url: string;
  name: string;
  /** Disconnects the client and drops the database. */
  drop(): Promise<void>;
}

export interface EmptyTestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

const SOURCE_IN_USE = "55006";

/** A fresh, migrated database with its own Prisma client. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = newDatabaseName();
  await createDatabase(name, inject("testTemplateDatabase"));
  const url = withDatabase(inject("testServerUrl"), name);
  const prisma = createPrismaClient(url, { maxConnections: 5 });
  return {
    prisma,
    url,
    name,
    drop: async () => {
      await prisma.$disconnect();
      await dropDatabase(name);
    },
  };
}

/**
 * A fresh database for the calling test file: created before its tests, dropped after them.
 * `ready` receives it, so the file can keep its own `db`/`prisma` variables.
 */
export function useTestDatabase(ready: (db: TestDatabase) => void): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    ready(db);
  });
  afterAll(async () => {
    await db?.drop();
  });
}

/** A database without any schema, for tests of the migrations themselves. */
export async function createEmptyTestDatabase(): Promise<EmptyTestDatabase> {
  const name = newDatabaseName();
  await createDatabase(name);
  return { url: withDatabase(inject("testServerUrl"), name), name, drop: () => dropDatabase(name) };
}

/** The test server's URL (a database to connect to for server-wide statements). */
export function testServerUrl(): string {
  return inject("testServerUrl");
}

function newDatabaseName(): string {
  return `dpa_bot_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

async function createDatabase(name: string, template?: string): Promise<void> {
  const statement = `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`;
  // Cloning waits for nobody to be connected to the template; nobody may, but retry a few times
  // rather than fail a test on a transient catalog lock.
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnServer(statement);
    } catch (error) {
      if ((error as { code?: string }).code !== SOURCE_IN_USE || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function dropDatabase(name: string): Promise<void> {
  await runOnServer(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
}

async function runOnServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("testServerUrl") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
