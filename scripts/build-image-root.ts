// Lays out what the container image runs, from a checkout (or the image's build context) into an
// empty folder: the sources the server and the CLI need, and their production dependencies only
// (`npm ci --omit=dev`: no tsx, no TypeScript compiler, no Node.js devDependency; the machine's
// Node.js 24 runs the TypeScript itself). The Dockerfile runs this script, and so does
// test/integration/server/production-install.test.ts, which then starts the result: what the test
// proves is what the image holds.
//
//   node scripts/build-image-root.ts <source folder> <target folder>
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { delimiter, dirname, join, relative, resolve, sep } from "node:path";

/** What production reads: code, schema and migrations (applied at start), manifests (CLI). */
const INCLUDED = [
  "package.json",
  "package-lock.json",
  "prisma.config.ts",
  "prisma",
  "src",
  "bin",
  "scripts/prisma-generate.mjs",
  "manifests",
];

/** Never copied: the generated client is made anew by the install, tests are not run there. */
function excluded(path: string): boolean {
  const parts = path.split(sep);
  return (
    (parts[0] === "src" && parts[1] === "generated") ||
    parts.includes("node_modules") ||
    path.endsWith(".test.ts")
  );
}

const [sourceArg, targetArg] = process.argv.slice(2);
if (!sourceArg || !targetArg) {
  process.stderr.write("usage: node scripts/build-image-root.ts <source folder> <target folder>\n");
  process.exit(2);
}
const source = resolve(sourceArg);
const target = resolve(targetArg);
if (existsSync(target) && readdirSync(target).length > 0) {
  process.stderr.write(`${target} is not empty\n`);
  process.exit(1);
}

mkdirSync(target, { recursive: true });
for (const entry of INCLUDED) {
  cpSync(join(source, entry), join(target, entry), {
    recursive: true,
    filter: (path) => !excluded(relative(source, path)),
  });
}

// npm, and the install script it runs (prisma generate), on this same Node.js.
const install = spawnSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"], {
  cwd: target,
  stdio: "inherit",
  env: {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
    npm_config_update_notifier: "false",
  },
});
process.exit(install.status ?? 1);
