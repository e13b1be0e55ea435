// `npm run bench`: benchmarks on a throw-away embedded PostgreSQL (or DATABASE_URL's server, in a
// database of their own that is dropped afterwards). Each benchmark prints its figures and writes
// its own section of bench/results.json (bench/results.ts).
//
// Options through the environment: BENCH_ONLY (comma-separated benchmark names, default all),
// BENCH_REMINDERS (1000), BENCH_CHANNELS (50), BENCH_LATENCY_MS (100), BENCH_BATCH (100),
// BENCH_SCHEDULER_SIZES (1000,10000,100000 open clocks),
// BENCH_INGRESS_SCALE (1: 100/300/600 requests at 1/10/50 connections, 10 s paced).
import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { quoteIdentifier, withDatabase } from "../src/adapters/db/connection-url.ts";
import { startThrowawayPostgres } from "../src/adapters/db/embedded/throwaway.ts";
import { applyMigrations } from "../src/adapters/db/migrate.ts";
import { createPrismaClient } from "../src/adapters/db/prisma.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { formatColdStart, runColdStartBenchmark } from "./cold-start.bench.ts";
import { formatSearchResults, runCustomerSearchBenchmark } from "./customer-search.bench.ts";
import { formatDigestResult, runDigestBenchmark } from "./digest.bench.ts";
import { formatIngress, runIngressBenchmark } from "./ingress.bench.ts";
import { formatResults, runReminderBenchmark } from "./reminders.bench.ts";
import { readResults, writeResultSection } from "./results.ts";
import { formatSchedulerResults, runSchedulerBenchmark } from "./scheduler.bench.ts";
import { withBenchTable } from "./table.ts";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** What every benchmark gets: a migrated database of its own, and the server to make more. */
export interface BenchContext {
  serverUrl: string;
  /** A fresh migrated database for this benchmark alone. */
  url: string;
  /** Three clients on `url`, for benchmarks of several instances. */
  clients: PrismaClient[];
  print(text: string): void;
  /** Marks the run as failed (e.g. a duplicate was found) without stopping the other benchmarks. */
  fail(reason: string): void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<void>;
}

/** In this order: the type-ahead first, on an empty register, so its baseline holds 10 customers. */
const BENCHMARKS: Benchmark[] = [
  {
    name: "customer-search",
    async run({ clients, print }) {
      const results = await runCustomerSearchBenchmark(clients[0]!);
      print(formatSearchResults(results));
      writeResultSection("customerSearch", results);
    },
  },
  {
    name: "ingress",
    async run({ url, print, fail }) {
      // The pool size the app runs with (node-postgres' default), not the benchmark clients' 5.
      const prisma = createPrismaClient(url);
      const scale = env("BENCH_INGRESS_SCALE", 1);
      try {
        const run = await runIngressBenchmark({
          prisma,
          requests: { 1: 100 * scale, 10: 300 * scale, 50: 600 * scale },
          pacedSeconds: 10 * scale,
        });
        print(formatIngress(run));
        const { results } = run;
        writeResultSection("ingress", results);
        const runs = [...Object.values(results.command), ...Object.values(results.submission)];
        if (runs.some((run) => run && run.failed > 0)) fail("some requests were not answered 200");
      } finally {
        await prisma.$disconnect();
      }
    },
  },
  {
    name: "reminders",
    async run({ clients, print, fail }) {
      const options = {
        clients,
        reminders: env("BENCH_REMINDERS", 1_000),
        channels: env("BENCH_CHANNELS", 50),
        postLatencyMs: env("BENCH_LATENCY_MS", 100),
        batchSize: env("BENCH_BATCH", 100),
        instanceCounts: [1, 2, 3],
      };
      const results = await runReminderBenchmark(options);
      print(formatResults(results, options));
      writeResultSection("reminders", results);
      if (results.some((r) => r.duplicates > 0 || r.missing > 0)) fail("reminders posted twice or lost");
    },
  },
  {
    name: "scheduler",
    async run({ url, print }) {
      const sizes = (process.env.BENCH_SCHEDULER_SIZES ?? "1000,10000,100000").split(",").map(Number);
      const ticks = await runSchedulerBenchmark(url, sizes);
      print(formatSchedulerResults(ticks));
      writeResultSection("scheduler", { ticks });
    },
  },
  {
    name: "digest",
    async run({ clients, print }) {
      const result = await runDigestBenchmark(clients[0]!);
      print(formatDigestResult(result));
      writeResultSection("digest", result);
    },
  },
  {
    name: "cold-start",
    async run({ print }) {
      const result = await runColdStartBenchmark();
      print(formatColdStart(result));
      writeResultSection("coldStartMs", result.coldStartMs);
      writeResultSection("warmStartMs", result.warmStartMs);
      writeResultSection("startBaselineMs", result.baselineMs);
    },
  },
];

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function selected(all: Benchmark[]): Benchmark[] {
  const only = process.env.BENCH_ONLY?.split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (!only?.length) return all;
  const unknown = only.filter((name) => !all.some((bench) => bench.name === name));
  if (unknown.length)
    throw new Error(
      `unknown benchmark(s): ${unknown.join(", ")}; known: ${all.map((b) => b.name).join(", ")}`,
    );
  return all.filter((bench) => only.includes(bench.name));
}

async function runOne(serverUrl: string, bench: Benchmark, failures: string[]): Promise<void> {
  const name = `dpa_bot_bench_${process.pid}_${bench.name.replace(/\W/g, "_")}`;
  const url = withDatabase(serverUrl, name);
  await sql(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  const clients = [1, 2, 3].map(() => createPrismaClient(url, { maxConnections: 5 }));
  try {
    await applyMigrations(url);
    process.stdout.write(`== ${bench.name}\n`);
    await bench.run({
      serverUrl,
      url,
      clients,
      print: (text) => process.stdout.write(`${text}\n\n`),
      fail: (reason) => failures.push(`${bench.name}: ${reason}`),
    });
  } finally {
    await Promise.all(clients.map((client) => client.$disconnect()));
    await sql(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`).catch(
      () => undefined,
    );
  }
}

async function main(): Promise<void> {
  const benches = selected(BENCHMARKS);
  const external = process.env.DATABASE_URL?.trim();
  const server = external ? undefined : await startThrowawayPostgres("dpa-bot-bench-");
  const serverUrl = external || server!.url;
  const failures: string[] = [];
  try {
    for (const bench of benches) await runOne(serverUrl, bench, failures);
  } finally {
    await server?.stop();
  }
  // The README's table follows the figures (scripts/bench-table.ts does the same on its own).
  const readme = new URL("../README.md", import.meta.url);
  writeFileSync(readme, withBenchTable(readFileSync(readme, "utf8"), readResults()));
  for (const failure of failures) process.stderr.write(`bench failed: ${failure}\n`);
  if (failures.length) process.exitCode = 1;
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
