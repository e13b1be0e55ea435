// The README's benchmark table is generated from bench/results.json; this keeps them from ever
// disagreeing, and checks that the generator shows each section with its ratio and target.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readResults } from "../../bench/results.ts";
import { renderBenchTable, TABLE_END, TABLE_START, withBenchTable } from "../../bench/table.ts";

const figure = (rps: number, baselineRps: number, p99Ms = 20, baselineP99Ms = 10) => ({
  p50Ms: 5,
  p99Ms,
  rps,
  baselineP99Ms,
  baselineRps,
});

describe("the README's benchmark table", () => {
  it("is the one bench/results.json gives (regenerate with `npx tsx scripts/bench-table.ts`)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(TABLE_START);
    expect(withBenchTable(readme, readResults())).toBe(readme);
  });

  it("notices a figure that changed", () => {
    const readme = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    const results = { ingress: { command: { c1: figure(100, 200) }, submission: { r50: figure(50, 50) } } };
    const current = withBenchTable(readme, results);
    expect(withBenchTable(current, results)).toBe(current);
    const changed = { ingress: { ...results.ingress, command: { c1: figure(90, 200) } } };
    expect(withBenchTable(current, changed)).not.toBe(current);
    expect(current.startsWith("intro\n")).toBe(true);
    expect(current.endsWith(`${TABLE_END}\noutro\n`)).toBe(true);
  });

  it("shows ratios to the baseline and whether each target is met", () => {
    const text = renderBenchTable({
      ingress: {
        command: {
          c1: figure(600, 1000),
          c10: figure(300, 1000),
          c50: { ...figure(400, 1000), floorRps: 480 },
        },
        submission: { r50: { ...figure(50, 50, 140, 12), failed: 3, requests: 500 } },
      },
      scheduler: {
        ticks: [
          { openClocks: 1_000, tickMs: 4, rssMb: 120 },
          { openClocks: 100_000, tickMs: 60, rssMb: 130 },
        ],
      },
      digest: { customers: 1000, items: 10000, ms: 800 },
      coldStartMs: 4200,
      warmStartMs: 1500,
      reminders: [
        { instances: 1, reminders: 1000, seconds: 2, perSecond: 500, ratio: 1, duplicates: 0, missing: 0 },
      ],
      customerSearch: [{ customers: 10, searches: 200, medianMs: 1, p95Ms: 2 }],
    });
    expect(text).toContain(
      "| /datalek, 1 connections | 5.0 | 20.0 | 600 | 1000 | 0.60x |  |  | 10.0 | 2.00x |  | req/s >= 0.5x bare: met |",
    );
    expect(text).toContain(
      "| /datalek, 10 connections | 5.0 | 20.0 | 300 | 1000 | 0.30x |  |  | 10.0 | 2.00x |  | req/s >= 0.5x bare: **missed** |",
    );
    // With the floor measured, the target is against it.
    expect(text).toContain(
      "| /datalek, 50 connections | 5.0 | 20.0 | 400 | 1000 | 0.40x | 480 | 0.83x | 10.0 | 2.00x |  | req/s >= 0.8x floor: met |",
    );
    expect(text).toContain(
      "| report submission, 50 req/s paced | 5.0 | 140 | 50 | 50 | 1.00x |  |  | 12.0 | 11.67x | 3 of 500 | p99 < 100 ms: **missed** |",
    );
    expect(text).toContain("| 100000 | 60.0 | 15.00x | 130 | < 50 ms: **missed** |");
    expect(text).toContain("| 1000 | 10000 | 800 | < 2000 ms: met |");
    expect(text).toContain(
      "| cold start (fresh embedded database) to /readyz 200 | 4200 | < 10000 ms: met |",
    );
    expect(text).toContain("| 1 | 1000 | 500 | 1.00x | 0 | 0 |");
    expect(text).toContain("| 10 | 1.0 | 2.0 | 1.00x |");
  });

  it("refuses a README without the markers rather than writing the table somewhere", () => {
    expect(() => withBenchTable("no markers here", {})).toThrow(TABLE_START);
  });
});
