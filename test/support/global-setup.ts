// Once per test run: one PostgreSQL server and one migrated template database. Each test file then
// clones the template (test/support/db.ts), which takes milliseconds instead of a migration run.
// With DATABASE_URL set, that server is used (the URL's database only serves to connect; the run
// creates and drops its own databases there). Otherwise an embedded cluster starts in a temporary
// directory on a free port and is removed afterwards.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { quoteIdentifier, withDatabase } from "../../src/adapters/db/connection-url.ts";
import { startThrowawayPostgres } from "../../src/adapters/db/embedded/throwaway.ts";
import { applyMigrations } from "../../src/adapters/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the test server; its database is only used to run CREATE/DROP DATABASE. */
    testServerUrl: string;
    /** The migrated database every test database is cloned from. */
    testTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL?.trim();
  const server = external ? undefined : await startThrowawayPostgres("dpa-bot-test-");
  const serverUrl = external || server!.url;
  // Per run, so two runs against one external server do not share (or drop) each other's template.
  const template = `dpa_bot_test_template_${process.pid}`;
  try {
    await sql(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(template)} WITH (FORCE)`);
    await sql(serverUrl, `CREATE DATABASE ${quoteIdentifier(template)}`);
    await applyMigrations(withDatabase(serverUrl, template));
    // Nobody may connect to the template: CREATE DATABASE ... TEMPLATE fails while anyone is.
    await sql(
      serverUrl,
      `ALTER DATABASE ${quoteIdentifier(template)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`,
    );
  } catch (error) {
    await server?.stop();
    throw error;
  }
  project.provide("testServerUrl", serverUrl);
  project.provide("testTemplateDatabase", template);

  return async () => {
    try {
      await sql(serverUrl, `ALTER DATABASE ${quoteIdentifier(template)} WITH IS_TEMPLATE false`);
      await sql(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(template)} WITH (FORCE)`);
    } finally {
      await server?.stop();
    }
  };
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
