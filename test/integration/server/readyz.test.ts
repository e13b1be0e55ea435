// /readyz tells a load balancer the truth: 200 only with a reachable, fully migrated database. It
// says up or down and nothing else (why is logged), and one answer serves the probes of a few
// seconds: the time comes from the test's clock.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { defaultMigrationsDir } from "../../../src/adapters/db/schema-engine/migrations-folder.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { createHttpApp, type HttpAppOptions } from "../../../src/server/http-app.ts";
import { createReadinessProbe, READINESS_CACHE_MS } from "../../../src/server/readiness.ts";
import { createEmptyTestDatabase, createTestDatabase } from "../../support/db.ts";
import { leaksIn } from "../../support/leaks.ts";
import { ManualClock } from "../scheduler/support.ts";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function serve(prisma: PrismaClient, options: HttpAppOptions = {}) {
  const server = createHttpApp(prisma, options).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: await response.text() };
  };
}

describe("/readyz", () => {
  it("is 200 on a migrated database, and says only that", async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const get = await serve(db.prisma);
    const ready = await get("/readyz");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: "up" });
  });

  it("is 503 while migrations are pending; the log names them", async () => {
    const empty = await createEmptyTestDatabase();
    const prisma = createPrismaClient(empty.url);
    cleanups.push(async () => {
      await prisma.$disconnect();
      await empty.drop();
    });
    const logged: string[] = [];
    const get = await serve(prisma, {
      logger: createLogger("info", { write: (l: string) => void logged.push(l) }),
    });
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: "down" });
    const warning = logged.map((line) => JSON.parse(line)).find((line) => line.msg === "not ready");
    expect(warning).toMatchObject({
      database: "up",
      pendingMigrations: expect.arrayContaining([expect.any(String)]),
    });
  });

  it("is 503 without the driver's message when the database cannot be reached, while /healthz stays 200", async () => {
    const prisma = createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/nowhere");
    cleanups.push(() => prisma.$disconnect());
    const logged: string[] = [];
    const get = await serve(prisma, {
      logger: createLogger("info", { write: (l: string) => void logged.push(l) }),
    });
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: "down" });
    expect(leaksIn(ready.body)).toEqual([]);
    expect((await get("/healthz")).status).toBe(200);
    const warning = logged.map((line) => JSON.parse(line)).find((line) => line.msg === "not ready");
    expect(warning).toMatchObject({ database: "down", err: { message: expect.any(String) } });
  });

  it("gives one answer again for a few seconds, then asks the database again", async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const clock = new ManualClock("2027-02-01T09:00:00Z");
    const get = await serve(db.prisma, { clock });
    expect((await get("/readyz")).status).toBe(200);
    // A migration the database forgets: pending from now on.
    await db.prisma.$executeRawUnsafe(
      "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)",
    );
    clock.advance(READINESS_CACHE_MS - 1);
    expect((await get("/readyz")).status).toBe(200);
    clock.advance(1);
    expect((await get("/readyz")).status).toBe(503);
    clock.advance(READINESS_CACHE_MS - 1);
    expect((await get("/readyz")).status).toBe(503);
  });

  it("reads the migration folder once per process, not on every probe", async () => {
    const db = await createTestDatabase();
    const dir = await mkdtemp(join(tmpdir(), "dpa-migrations-"));
    cleanups.push(db.drop, () => rm(dir, { recursive: true, force: true }));
    await cp(defaultMigrationsDir, dir, { recursive: true });
    const clock = new ManualClock("2027-02-01T09:00:00Z");
    const probe = createReadinessProbe(db.prisma, {
      clock,
      logger: createLogger("silent"),
      migrationsDir: dir,
    });
    expect((await probe()).ready).toBe(true);
    // A folder that appears later (a release not yet started) is not this process's business.
    await mkdir(join(dir, "99999999999999_later"));
    await writeFile(join(dir, "99999999999999_later", "migration.sql"), "SELECT 1;");
    clock.advance(READINESS_CACHE_MS);
    expect((await probe()).ready).toBe(true);
    expect(
      (await createReadinessProbe(db.prisma, { clock, logger: createLogger("silent"), migrationsDir: dir })())
        .ready,
    ).toBe(false);
  });
});
