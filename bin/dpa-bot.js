#!/usr/bin/env node
// The operator's CLI. Node.js 24 runs the TypeScript sources as they are (type stripping), so
// `npx dpa-bot` needs neither a build step nor a TypeScript loader in production.
if (!process.features.typescript) {
  process.stderr.write(
    `dpa-bot needs Node.js 24 (this is ${process.version}): run it with the project's own Node.js ` +
      "(npx dpa-bot, npm run cli) or install Node.js 24.\n",
  );
  process.exit(1);
}
await import("../src/cli/main.ts");
