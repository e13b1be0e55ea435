// `npm run bench`: benchmarks on a throw-away embedded PostgreSQL (or DATABASE_URL's server, in a
// database of their own that is dropped afterwards). Options through the environment:
// BENCH_REMINDERS (1000), BENCH_CHANNELS (50), BENCH_LATENCY_MS (100), BENCH_BATCH (100).
import pg from "pg";
import { quoteIdentifier, withDatabase } from "../src/adapters/db/connection-url.ts";
import { startThrowawayPostgres } from "../src/adapters/db/embedded/throwaway.ts";
import { applyMigrations } from "../src/adapters/db/migrate.ts";
import { createPrismaClient } from "../src/adapters/db/prisma.ts";
import { formatSearchResults, runCustomerSearchBenchmark } from "./customer-search.bench.ts";
import { formatResults, runReminderBenchmark } from "./reminders.bench.ts";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const external = process.env.DATABASE_URL?.trim();
  const server = external ? undefined : await startThrowawayPostgres("dpa-bot-bench-");
  const serverUrl = external || server!.url;
  const name = `dpa_bot_bench_${process.pid}`;
  const url = withDatabase(serverUrl, name);
  try {
    await sql(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
    await applyMigrations(url);
    const clients = [1, 2, 3].map(() => createPrismaClient(url, { maxConnections: 5 }));
    const options = {
      clients,
      reminders: env("BENCH_REMINDERS", 1_000),
      channels: env("BENCH_CHANNELS", 50),
      postLatencyMs: env("BENCH_LATENCY_MS", 100),
      batchSize: env("BENCH_BATCH", 100),
      instanceCounts: [1, 2, 3],
    };
    try {
      // Type-ahead first, on an empty register, so its baseline really holds 10 customers.
      process.stdout.write(`${formatSearchResults(await runCustomerSearchBenchmark(clients[0]!))}\n\n`);
      const results = await runReminderBenchmark(options);
      process.stdout.write(`${formatResults(results, options)}\n`);
      if (results.some((r) => r.duplicates > 0 || r.missing > 0)) process.exitCode = 1;
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
  } finally {
    await sql(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`).catch(
      () => undefined,
    );
    await server?.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
