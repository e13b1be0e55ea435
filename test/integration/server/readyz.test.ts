// /readyz tells a load balancer the truth: 200 only with a reachable, fully migrated database.
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createHttpApp } from "../../../src/server/http-app.ts";
import { createEmptyTestDatabase, createTestDatabase } from "../../support/db.ts";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function get(prisma: PrismaClient, path: string): Promise<{ status: number; body: unknown }> {
  const server = createHttpApp(prisma).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: await response.json() };
  } finally {
    server.close();
  }
}

describe("/readyz", () => {
  it("is 200 on a migrated database", async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    expect(await get(db.prisma, "/readyz")).toEqual({
      status: 200,
      body: { ready: true, database: "up", pendingMigrations: [], failedMigrations: [] },
    });
  });

  it("is 503 while migrations are pending", async () => {
    const empty = await createEmptyTestDatabase();
    const prisma = createPrismaClient(empty.url);
    cleanups.push(async () => {
      await prisma.$disconnect();
      await empty.drop();
    });
    const { status, body } = await get(prisma, "/readyz");
    expect(status).toBe(503);
    expect(body).toMatchObject({ ready: false });
  });

  it("is 503 when the database cannot be reached, while /healthz stays 200", async () => {
    const prisma = createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/nowhere");
    cleanups.push(() => prisma.$disconnect());
    const ready = await get(prisma, "/readyz");
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, database: "down" });
    expect((await get(prisma, "/healthz")).status).toBe(200);
  });
});
