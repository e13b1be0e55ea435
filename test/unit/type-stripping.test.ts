// Production runs the sources as they are: Node.js 24 strips the types (`node src/main.ts`), which
// works only for erasable TypeScript. tsc's `erasableSyntaxOnly` holds our own code to that, but not
// the generated Prisma client (it opts out of type checking), nor what only Node.js decides: how
// each import resolves. So every module under src/ is loaded by plain Node.js, in a child process
// of its own: one that cannot be run that way fails here, by name, instead of at a production start.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanEnv, projectRoot } from "../support/app-process.ts";

/** Entry points run on import (the server, the CLI); tests are not shipped. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && entry.name !== "main.ts"
      ? [path]
      : [];
  });
}

function loadAll(files: string[]): { status: number | null; failures: string[]; stderr: string } {
  const script = `
    const failures = [];
    for (const url of ${JSON.stringify(files.map((f) => pathToFileURL(f).href))}) {
      try { await import(url); } catch (error) { failures.push(url + ": " + String(error).split("\\n")[0]); }
    }
    process.stdout.write(JSON.stringify(failures));
    process.exit(0);
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "--eval", script], {
    cwd: projectRoot,
    env: cleanEnv(),
    encoding: "utf8",
  });
  return { status: result.status, failures: JSON.parse(result.stdout || "[]"), stderr: result.stderr };
}

describe("Node.js type stripping", () => {
  it("loads every module under src/, the generated Prisma client included", { timeout: 120_000 }, () => {
    const files = modules(join(projectRoot, "src"));
    expect(files.some((f) => relative(projectRoot, f).startsWith(join("src", "generated", "prisma")))).toBe(
      true,
    );
    const loaded = loadAll(files);
    expect(loaded.failures).toEqual([]);
    expect(loaded.status, loaded.stderr).toBe(0);
  });

  it("refuses what is not erasable, naming the file", () => {
    const dir = join(projectRoot, "test", "fixtures", "type-stripping");
    const loaded = loadAll([join(dir, "parameter-property.ts")]);
    expect(loaded.failures).toEqual([
      expect.stringMatching(/parameter-property\.ts: .*ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX/),
    ]);
  });
});
