// Scheduler scale: the cost of one idle tick (reconcile of what is queued + supersede + claim of the
// due reminders) and the process's memory at 1k, 10k and 100k open clocks, against the old
// reconcile of every open clock at the same size (the baseline, run in the same process).
// Each size runs in a child process (bench/scheduler-size.ts), so each memory figure is its own.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const SIZE_SCRIPT = fileURLToPath(new URL("./scheduler-size.ts", import.meta.url));

export interface SchedulerTick {
  openClocks: number;
  /** Median wall time of an idle tick. */
  tickMs: number;
  /** Resident memory of the process after the idle ticks. */
  rssMb: number;
  /** The heap still in use after a full garbage collection: what the scheduler keeps. */
  heapUsedMb: number;
  /** A tick right after 100 customers were recorded as informed. */
  changedTickMs: number;
  changedEntities: number;
  /** The start-up full pass (the safety net), a page at a time. */
  fullPassMs: number;
  fullPassClocks: number;
  /** The old reconcile of every open clock, which every tick ran. */
  baselineMs: number;
  baselineRssMb: number;
  /** Heap in use right after the old reconcile, before any collection. */
  baselineHeapUsedMb: number;
  /** tickMs / baselineMs. */
  ratio: number;
}

export async function runSchedulerBenchmark(url: string, sizes: number[]): Promise<SchedulerTick[]> {
  const ticks: SchedulerTick[] = [];
  for (const size of sizes) {
    const { stdout } = await run(
      process.execPath,
      ["--expose-gc", "--import", "tsx", SIZE_SCRIPT, url, String(size)],
      {
        maxBuffer: 1 << 20,
        env: { ...process.env, LOG_LEVEL: "silent" },
      },
    );
    ticks.push(JSON.parse(stdout.trim().split("\n").pop()!) as SchedulerTick);
  }
  return ticks;
}

export function formatSchedulerResults(ticks: SchedulerTick[]): string {
  const lines = [
    "scheduler: one idle tick vs the old reconcile of every open clock (each size in its own process)",
    "open clocks  tick ms  rss MB  heap MB  changed(100) ms  full pass ms  old reconcile ms  old heap MB  ratio",
  ];
  for (const t of ticks) {
    lines.push(
      [
        String(t.openClocks).padStart(11),
        t.tickMs.toFixed(1).padStart(8),
        String(t.rssMb).padStart(7),
        String(t.heapUsedMb).padStart(8),
        t.changedTickMs.toFixed(1).padStart(16),
        t.fullPassMs.toFixed(0).padStart(13),
        t.baselineMs.toFixed(0).padStart(17),
        String(t.baselineHeapUsedMb).padStart(12),
        t.ratio.toFixed(4).padStart(6),
      ].join(" "),
    );
  }
  return lines.join("\n");
}
