// PostgreSQL goes away and comes back (its own embedded server, stopped and started again on the
// same data directory and port): /readyz says 503 and then 200, a tick during the outage fails
// without side effects, and the next tick after it sends the reminder that fell due meanwhile, once.
// The scheduler's job wrapper (start-scheduler.ts) logs a failed tick and runs the next one; here
// the engine is ticked directly, with a clock the test moves.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../../src/adapters/db/embedded/free-port.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../../src/adapters/db/embedded.ts";
import { applyMigrations } from "../../../src/adapters/db/migrate.ts";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { createHttpApp } from "../../../src/server/http-app.ts";
import { READINESS_CACHE_MS } from "../../../src/server/readiness.ts";
import { createCustomer, createIncident, engineDeps, ManualClock } from "../scheduler/support.ts";

let root: string;
let dataDir: string;
let port: number;
let server: EmbeddedPostgres | undefined;
let prisma: PrismaClient;
let http: ReturnType<ReturnType<typeof createHttpApp>["listen"]>;
let httpPort: number;
// /readyz gives one answer for a few seconds: each probe here comes after that, on its own clock.
const probeClock = new ManualClock("2026-03-02T09:00:00Z");

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dpa-bot-outage-"));
  dataDir = join(root, "data");
  port = await findFreePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  await applyMigrations(server.url);
  prisma = createPrismaClient(server.url, { maxConnections: 3 });
  http = createHttpApp(prisma, { clock: probeClock }).listen(0, "127.0.0.1");
  await new Promise((resolve) => http.once("listening", resolve));
  httpPort = (http.address() as AddressInfo).port;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
  await prisma?.$disconnect();
  await server?.stop();
  await rm(root, { recursive: true, force: true });
}, 60_000);

const readyz = async () => {
  probeClock.advance(READINESS_CACHE_MS);
  return (await fetch(`http://127.0.0.1:${httpPort}/readyz`)).status;
};

describe("PostgreSQL unavailable", () => {
  it("answers 503 while it is down, loses no reminder, and recovers by itself", async () => {
    const clock = new ManualClock("2026-03-02T09:30:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt: new Date("2026-03-02T09:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
    });
    const { deps, chat } = engineDeps(prisma, clock);
    const engine = createReminderEngine(deps);
    await engine.tickReminders();
    expect(await readyz()).toBe(200);

    await server!.stop();
    server = undefined;
    expect(await readyz()).toBe(503);
    // The -12 h reminder (21:00Z) falls due while the database is away.
    clock.set("2026-03-02T21:00:30Z");
    await expect(engine.tickReminders()).rejects.toThrow();
    expect(chat.postsTo(incident.channelId!)).toHaveLength(0);

    server = await startEmbeddedPostgres({ dataDir, port });
    expect(await readyz()).toBe(200);
    clock.advance(15_000);
    await engine.tickReminders();

    const posts = chat.postsTo(incident.channelId!);
    expect(posts).toHaveLength(1);
    const sent = await prisma.reminder.findMany({ where: { status: "sent" } });
    expect(sent.map((r) => r.step)).toEqual(["-12h"]);
    clock.advance(15_000);
    await engine.tickReminders();
    expect(chat.postsTo(incident.channelId!)).toHaveLength(1);
  }, 120_000);
});
