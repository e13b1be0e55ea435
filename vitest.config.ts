import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One PostgreSQL and one migrated template per run; every test file clones its own database.
    globalSetup: ["test/support/global-setup.ts"],
    // Every logger also writes to a capture that is checked for secrets and personal data after the run.
    setupFiles: ["test/support/log-capture.ts"],
    // Separate processes: each file gets its own Prisma client and schema engine, and a crash or
    // leaked handle in one file cannot hang another. Two at a time: the machine has two cores, and
    // PostgreSQL needs some of them too.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    // Starting an embedded PostgreSQL or migrating a database in a hook can take ~10 s on a slow disk.
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
