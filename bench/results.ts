// bench/results.json: every benchmark writes its own section, so a run of one benchmark keeps the
// figures of the others. The machine, Node version and date say where the figures were measured.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

export const RESULTS_FILE = new URL("./results.json", import.meta.url);

export interface BenchMachine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
}

export type BenchResults = Record<string, unknown> & { machine?: BenchMachine; date?: string };

export function readResults(): BenchResults {
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as BenchResults;
  } catch {
    return {};
  }
}

export function describeMachine(): BenchMachine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Sets one top-level section (e.g. `ingress`, `scheduler`) and stamps machine and date. */
export function writeResultSection(section: string, value: unknown, now: Date = new Date()): void {
  const results = readResults();
  results[section] = value;
  results.machine = describeMachine();
  results.date = now.toISOString();
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}
