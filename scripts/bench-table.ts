// Writes the benchmark table into README.md between <!-- bench:start --> and <!-- bench:end -->,
// from bench/results.json. `--check` only compares, and fails when the README is out of date
// (test/unit/bench-table.test.ts does the same in `npm test`).
//
//   npx tsx scripts/bench-table.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { readResults } from "../bench/results.ts";
import { withBenchTable } from "../bench/table.ts";

const README = new URL("../README.md", import.meta.url);
const readme = readFileSync(README, "utf8");
const updated = withBenchTable(readme, readResults());

if (process.argv.includes("--check")) {
  if (updated !== readme) {
    process.stderr.write(
      "README.md's benchmark table differs from bench/results.json: run `npx tsx scripts/bench-table.ts`\n",
    );
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(README, updated);
  process.stdout.write("README.md: benchmark table updated\n");
}
