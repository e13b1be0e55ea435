// Once per test run: one PostgreSQL server and one migrated template database. Each test file then
// clones the template (test/support/db.ts), which takes milliseconds instead of a migration run.
// With DATABASE_URL set, that server is used (the URL's database only serves to connect; the run
// creates and drops its own databases there). Otherwise an embedded cluster starts in a temporary
// directory on a free port and is removed afterwards.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { quoteIdentifier, withDatabase } from "../../src/adapters/db/connection-url.ts";
import { startThrowawayPostgres } from "../../src/adapters/db/embedded/throwaway.ts";
import { applyMigrations } from "../../src/adapters/db/migrate.ts";
import { FORBIDDEN_IN_LOGS } from "./forbidden-in-logs.ts";
import { describeFindings, scanLog } from "./log-scan.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the test server; its database is only used to run CREATE/DROP DATABASE. */
    testServerUrl: string;
    /** The migrated database every test database is cloned from. */
    testTemplateDatabase: string;
    /** Where every worker's logger writes its copy of the logs (test/support/log-capture.ts). */
    logCaptureDir: string;
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
  const logCaptureDir = mkdtempSync(join(tmpdir(), "dpa-bot-test-logs-"));
  project.provide("logCaptureDir", logCaptureDir);

  return async () => {
    try {
      checkCapturedLogs(logCaptureDir);
    } finally {
      await dropTemplate(serverUrl, template, server);
    }
  };
}

/** Fails the run, naming each line, when any captured log line holds a secret or personal data. */
function checkCapturedLogs(dir: string): void {
  try {
    const findings = readdirSync(dir).flatMap((file) =>
      scanLog(file, readFileSync(join(dir, file), "utf8"), FORBIDDEN_IN_LOGS),
    );
    // A thrown error in a global teardown is printed but does not fail the run: set the exit code.
    if (findings.length > 0) {
      process.stderr.write(`\n${describeFindings(findings)}\n`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function dropTemplate(
  serverUrl: string,
  template: string,
  server: { stop(): Promise<void> } | undefined,
): Promise<void> {
  try {
    await sql(serverUrl, `ALTER DATABASE ${quoteIdentifier(template)} WITH IS_TEMPLATE false`);
    await sql(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(template)} WITH (FORCE)`);
  } finally {
    await server?.stop();
  }
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
