// The digest over a large register: 1,000 customers and some 10,000 open items, read from
// PostgreSQL, built and rendered to Block Kit, as the daily slot and /datalek-digest do it. The
// baseline in the same run is the same digest over a register of 10 customers and 100 items.
import { loadOpenDeadlines } from "../src/adapters/db/repositories/digest.ts";
import { loadConfig } from "../src/config.ts";
import { buildDigest } from "../src/domain/reminders/digest.ts";
import { renderMessage } from "../src/forms/slack/render-message.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { clockSettings } from "../src/scheduler/engine-deps.ts";
import { seedOpenClocks } from "./scheduler-seed.ts";

export interface DigestResult {
  customers: number;
  items: number;
  /** Load + build + render, median of the runs. */
  ms: number;
  loadMs: number;
  buildMs: number;
  renderMs: number;
  blocks: number;
  baselineItems: number;
  baselineMs: number;
}

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (value: number) => Number(value.toFixed(1));

async function measure(prisma: PrismaClient, now: Date) {
  const config = loadConfig({ TIMEZONE: "Europe/Brussels", DEFAULT_LANGUAGE: "nl", LOG_LEVEL: "silent" });
  const runs: Array<{ load: number; build: number; render: number; items: number; blocks: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const items = await loadOpenDeadlines(prisma, now, clockSettings(config));
    const t1 = performance.now();
    const message = buildDigest(items, now, { language: "nl", timezone: config.timezone, variant: "daily" });
    const t2 = performance.now();
    const rendered = renderMessage(message);
    const t3 = performance.now();
    runs.push({
      load: t1 - t0,
      build: t2 - t1,
      render: t3 - t2,
      items: items.length,
      blocks: rendered.blocks.length,
    });
  }
  const total = median(runs.map((r) => r.load + r.build + r.render));
  return {
    ms: round(total),
    loadMs: round(median(runs.map((r) => r.load))),
    buildMs: round(median(runs.map((r) => r.build))),
    renderMs: round(median(runs.map((r) => r.render))),
    items: runs[0]?.items ?? 0,
    blocks: runs[0]?.blocks ?? 0,
  };
}

export async function runDigestBenchmark(prisma: PrismaClient): Promise<DigestResult> {
  const now = new Date("2026-06-01T06:30:00Z");
  await seedOpenClocks(prisma, 110, now, 10);
  const baseline = await measure(prisma, now);
  // Some 14,000 clocks make about 10,000 items: a breach clock pair is one line per clock, a request
  // pair one line.
  const counts = await seedOpenClocks(prisma, 14_100, now, 1_000);
  const large = await measure(prisma, now);
  return {
    customers: counts.customers,
    items: large.items,
    ms: large.ms,
    loadMs: large.loadMs,
    buildMs: large.buildMs,
    renderMs: large.renderMs,
    blocks: large.blocks,
    baselineItems: baseline.items,
    baselineMs: baseline.ms,
  };
}

export function formatDigestResult(r: DigestResult): string {
  return [
    `digest: ${r.customers} customers, ${r.items} open items (baseline ${r.baselineItems} items: ${r.baselineMs} ms)`,
    `load ${r.loadMs} ms + build ${r.buildMs} ms + render ${r.renderMs} ms = ${r.ms} ms (${r.blocks} blocks; target < 2000 ms)`,
  ].join("\n");
}
