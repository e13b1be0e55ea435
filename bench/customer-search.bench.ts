// Customer type-ahead (the /datalek form's options request must answer well inside Slack's 3 s):
// search latency with a register of 1,000 customers, against a baseline register of 10 in the same
// database and process.
import { performance } from "node:perf_hooks";
import { searchCustomers } from "../src/adapters/db/repositories/customers.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

const QUERIES = ["a", "ac", "acme", "nv", "bv", "group 4", "zz", "be04"];

export interface SearchResult {
  customers: number;
  searches: number;
  medianMs: number;
  p95Ms: number;
}

async function seed(prisma: PrismaClient, count: number, prefix: string): Promise<void> {
  await prisma.customer.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      key: `${prefix}-${i}`,
      name: `${["Acme", "Globex", "Initech", "Umbrella", "Hooli"][i % 5]} Group ${i} ${i % 2 ? "NV" : "BV"}`,
      enterpriseNumber: `BE04${String(i).padStart(8, "0")}`,
    })),
  });
}

async function measure(prisma: PrismaClient, rounds: number): Promise<Omit<SearchResult, "customers">> {
  for (const q of QUERIES) await searchCustomers(prisma, q, 100); // warm-up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await searchCustomers(prisma, q, 100);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { searches: times.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

export async function runCustomerSearchBenchmark(prisma: PrismaClient, rounds = 25): Promise<SearchResult[]> {
  await prisma.customer.deleteMany({ where: { key: { startsWith: "typeahead-" } } });
  await seed(prisma, 10, "typeahead-base");
  const baseline = { customers: 10, ...(await measure(prisma, rounds)) };
  await seed(prisma, 990, "typeahead-more");
  const full = { customers: 1_000, ...(await measure(prisma, rounds)) };
  await prisma.customer.deleteMany({ where: { key: { startsWith: "typeahead-" } } });
  return [baseline, full];
}

export function formatSearchResults(results: SearchResult[]): string {
  const base = results[0]!;
  const lines = [
    `customer type-ahead: ${QUERIES.length} queries x ${base.searches / QUERIES.length} rounds, at most 100 options each`,
    "customers  median ms  p95 ms  median vs 10",
    ...results.map(
      (r) =>
        `${String(r.customers).padStart(9)}  ${r.medianMs.toFixed(2).padStart(9)}  ${r.p95Ms.toFixed(2).padStart(6)}  ${(r.medianMs / base.medianMs).toFixed(2).padStart(11)}x`,
    ),
  ];
  return lines.join("\n");
}
