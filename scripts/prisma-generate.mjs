// Runs `prisma generate` on install. The Prisma CLI wants a schema-engine binary at start-up and
// cannot download one on machines without internet access; generate never executes it, so any
// existing file satisfies the check. Migrations run through the WebAssembly engine instead
// (src/adapters/db/migrate.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= self;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
