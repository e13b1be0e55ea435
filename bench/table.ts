// The README's benchmark table, generated from bench/results.json (scripts/bench-table.ts writes it
// between the markers; a test fails when README and results disagree). One small table per section
// that is present, each figure with its ratio to the baseline of the same run and the target.
import type { BenchResults } from "./results.ts";

export const TABLE_START = "<!-- bench:start -->";
export const TABLE_END = "<!-- bench:end -->";

type Row = string[];
// biome-ignore lint/suspicious/noExplicitAny: results.json is read as loose JSON; each section checks its shape.
type Loose = any;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const x = (ratio: number) => `${ratio.toFixed(2)}x`;
const verdict = (met: boolean) => (met ? "met" : "**missed**");
const num = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function table(title: string, header: Row, rows: Row[]): string {
  const line = (cells: Row) => `| ${cells.join(" | ")} |`;
  return [`**${title}**`, "", line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

interface IngressFigure {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  baselineP99Ms: number;
  baselineRps: number;
  /** /datalek: the bare app that also opens the form with one views.open (bench/ingress.bench.ts). */
  floorRps?: number;
}

const isIngressFigure = (f: Loose): f is IngressFigure =>
  f && num(f.p50Ms) && num(f.p99Ms) && num(f.rps) && num(f.baselineP99Ms) && num(f.baselineRps);

function ingress(section: Loose): string | null {
  const rows: Row[] = [];
  for (const kind of ["command", "submission"] as const) {
    for (const [run, f] of Object.entries((section?.[kind] ?? {}) as Record<string, Loose>)) {
      if (!isIngressFigure(f)) continue;
      const paced = run.startsWith("r");
      const floor = num(f.floorRps) ? f.floorRps : null;
      const target =
        kind === "command"
          ? floor !== null
            ? `req/s >= 0.8x floor: ${verdict(f.rps / floor >= 0.8)}`
            : `req/s >= 0.5x bare: ${verdict(f.rps / f.baselineRps >= 0.5)}`
          : paced
            ? `p99 < 100 ms: ${verdict(f.p99Ms < 100)}`
            : "";
      const load = paced ? `${run.slice(1)} req/s paced` : `${run.slice(1)} connections`;
      rows.push([
        `${kind === "command" ? "/datalek" : "report submission"}, ${load}`,
        ms(f.p50Ms),
        ms(f.p99Ms),
        f.rps.toFixed(0),
        f.baselineRps.toFixed(0),
        x(f.rps / f.baselineRps),
        floor !== null ? floor.toFixed(0) : "",
        floor !== null ? x(f.rps / floor) : "",
        ms(f.baselineP99Ms),
        x(f.p99Ms / f.baselineP99Ms),
        num((f as Loose).failed) ? `${(f as Loose).failed} of ${(f as Loose).requests}` : "",
        target,
      ]);
    }
  }
  if (rows.length === 0) return null;
  const load = section?.loadAverage;
  const busy =
    num(load?.before) && num(load?.after)
      ? `, machine load average ${load.before.toFixed(1)} -> ${load.after.toFixed(1)}`
      : "";
  return table(
    `Slack ingress (HTTP mode) vs a bare Bolt app that only acks, and /datalek vs the floor (that app opening the same form with one views.open)${busy}`,
    [
      "run",
      "p50 ms",
      "p99 ms",
      "req/s",
      "bare req/s",
      "req/s ratio",
      "floor req/s",
      "floor ratio",
      "bare p99 ms",
      "p99 ratio",
      "not answered 200 (3 s)",
      "target",
    ],
    rows,
  );
}

function scheduler(section: Loose): string | null {
  const ticks = (Array.isArray(section?.ticks) ? section.ticks : []).filter(
    (t: Loose) => num(t?.openClocks) && num(t?.tickMs) && num(t?.rssMb),
  );
  if (ticks.length === 0) return null;
  const first = ticks[0];
  return table(
    `Scheduler tick (ratio vs ${first.openClocks} open clocks)`,
    ["open clocks", "tick ms", "ratio", "RSS MB", "target"],
    ticks.map((t: Loose) => [
      String(t.openClocks),
      ms(t.tickMs),
      x(t.tickMs / first.tickMs),
      t.rssMb.toFixed(0),
      t.openClocks >= 100_000 ? `< 50 ms: ${verdict(t.tickMs < 50)}` : "",
    ]),
  );
}

function digest(section: Loose): string | null {
  if (!num(section?.customers) || !num(section?.items) || !num(section?.ms)) return null;
  return table(
    "Digest build + render",
    ["customers", "open items", "ms", "target"],
    [
      [
        String(section.customers),
        String(section.items),
        ms(section.ms),
        `< 2000 ms: ${verdict(section.ms < 2000)}`,
      ],
    ],
  );
}

function startTimes(results: BenchResults): string | null {
  const rows: Row[] = [];
  for (const [key, label] of [
    ["coldStartMs", "cold start (fresh embedded database) to /readyz 200"],
    ["warmStartMs", "warm restart to /readyz 200"],
  ] as const) {
    const value = results[key];
    if (num(value)) rows.push([label, ms(value), `< 10000 ms: ${verdict(value < 10_000)}`]);
  }
  return rows.length ? table("Start-up", ["start", "ms", "target"], rows) : null;
}

function reminders(section: Loose): string | null {
  const runs = (Array.isArray(section) ? section : []).filter(
    (r: Loose) => num(r?.instances) && num(r?.reminders) && num(r?.perSecond),
  );
  if (runs.length === 0) return null;
  const first = runs[0];
  return table(
    `Reminder engine (ratio vs ${first.instances} instance)`,
    ["instances", "reminders", "reminders/s", "ratio", "duplicates", "missing"],
    runs.map((r: Loose) => [
      String(r.instances),
      String(r.reminders),
      r.perSecond.toFixed(0),
      x(r.perSecond / first.perSecond),
      String(r.duplicates ?? ""),
      String(r.missing ?? ""),
    ]),
  );
}

function customerSearch(section: Loose): string | null {
  const runs = (Array.isArray(section) ? section : []).filter(
    (r: Loose) => num(r?.customers) && num(r?.medianMs) && num(r?.p95Ms),
  );
  if (runs.length === 0) return null;
  const first = runs[0];
  return table(
    `Customer type-ahead (ratio vs ${first.customers} customers)`,
    ["customers", "median ms", "p95 ms", "median ratio"],
    runs.map((r: Loose) => [
      String(r.customers),
      ms(r.medianMs),
      ms(r.p95Ms),
      x(r.medianMs / first.medianMs),
    ]),
  );
}

/** The generated part of the README: every section present, in a fixed order, with where it ran. */
export function renderBenchTable(results: BenchResults): string {
  const parts = [
    ingress(results.ingress),
    scheduler(results.scheduler),
    digest(results.digest),
    startTimes(results),
    reminders(results.reminders),
    customerSearch(results.customerSearch),
  ].filter((part): part is string => part !== null);
  const m = results.machine;
  const where = m
    ? `Measured ${results.date?.slice(0, 10) ?? "(no date)"} on ${m.cpus} x ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node} (${m.platform}).`
    : "No machine recorded.";
  return [where, ...(parts.length ? parts : ["No figures yet: run `npm run bench`."])].join("\n\n");
}

/** The README with the text between the markers replaced by the table; throws without markers. */
export function withBenchTable(readme: string, results: BenchResults): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${TABLE_START} ... ${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${renderBenchTable(results)}\n${readme.slice(end)}`;
}
