// The domain stays platform-free (STYLE.md): it may not import Slack, Teams, Prisma, node-cron,
// the database driver or any adapter, nor read process.env.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const forbidden = [
  /from ["']@slack\//,
  /from ["']@microsoft\/teams/,
  /from ["']@prisma\//,
  /from ["'][^"']*generated\/prisma/,
  /from ["']pg["']/,
  /from ["']node-cron["']/,
  /from ["']nodemailer["']/,
  /from ["']express["']/,
  /from ["'][^"']*\/adapters\//,
  /from ["'][^"']*\/scheduler\//,
  /process\.env/,
];

function violations(files: string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return forbidden
      .filter((pattern) => pattern.test(text))
      .map((pattern) => `${relative(root, file)}: ${pattern}`);
  });
}

describe("architecture", () => {
  // The neutral message and form models are platform-free too; only their renderers (forms/slack)
  // know a platform.
  const domainFiles = [
    ...sourceFiles(join(root, "src/domain")),
    ...sourceFiles(join(root, "src/messages")),
    join(root, "src/forms/model.ts"),
    ...sourceFiles(join(root, "src/forms/breach")),
    ...sourceFiles(join(root, "src/forms/dsr")),
    ...sourceFiles(join(root, "src/forms/subprocessor")),
  ];

  it("finds the domain's files", () => {
    expect(domainFiles.length).toBeGreaterThan(5);
  });

  it("keeps platforms, the database and adapters out of the domain and the neutral models", () => {
    expect(violations(domainFiles)).toEqual([]);
  });

  it("would notice a forbidden import", () => {
    const sample = join(root, "test/unit/fixtures/leaky-domain.ts.txt");
    expect(violations([sample])).toHaveLength(2);
  });
});
