// Where a CPU profile's time went, for the profiles the ingress benchmark writes
// (BENCH_INGRESS_PROFILE):
//
//   tsx bench/profile-summary.ts <file.cpuprofile> [pattern ...]
//
// prints the share of self time by package (or our own src/ and bench/ files) and the functions
// with the most self time; each pattern adds the time of samples with a frame whose
// "function url:line" contains it (e.g. "apiCall", "@prisma", "src/adapters/slack"), callees
// included, each sample counted once however often the pattern is on its stack.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = 25;
const [file, ...patterns] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [pattern ...]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** Microseconds of self time per node id. */
const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
let total = 0;
for (const us of self.values()) total += us;

function owner({ url, functionName }: ProfileNode["callFrame"]): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const own = url.match(/\/((?:src|bench|test)\/.*)$/);
  return own ? own[1]! : url;
}

const frame = (node: ProfileNode) =>
  `${node.callFrame.functionName || "(anonymous)"} ${owner(node.callFrame)}:${node.callFrame.lineNumber + 1}`;

function tally(key: (node: ProfileNode) => string): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const [id, us] of self) {
    const k = key(byId.get(id)!);
    sums.set(k, (sums.get(k) ?? 0) + us);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

const line = ([name, us]: [string, number]) =>
  `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`;

console.log(`${(total / 1000).toFixed(0)} ms sampled\n\nself time by owner:`);
for (const row of tally((node) => owner(node.callFrame)).slice(0, TOP)) console.log(line(row));
console.log("\nself time by function:");
for (const row of tally(frame).slice(0, TOP)) console.log(line(row));

if (patterns.length) {
  const sums = patterns.map(() => 0);
  for (const [id, us] of self) {
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
      stack.push(frame(byId.get(at)!));
    patterns.forEach((pattern, i) => {
      if (stack.some((f) => f.includes(pattern))) sums[i]! += us;
    });
  }
  console.log("\ntime with callees:");
  patterns.forEach((pattern, i) => {
    console.log(line([pattern, sums[i]!]));
  });
}
