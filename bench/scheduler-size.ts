// One size of the scheduler benchmark, in a process of its own so that its memory figure is its own:
//   tsx bench/scheduler-size.ts <database url> <open clocks>
// Prints one JSON line: the start-up full pass, idle ticks (reconcile of the queue + supersede +
// claim of the due reminders), a tick after 100 changes, and the old reconcile of every clock.
import { createPrismaClient } from "../src/adapters/db/prisma.ts";
import { loadConfig } from "../src/config.ts";
import type { ChatPort, Clock } from "../src/domain/ports.ts";
import { createLogger } from "../src/logger.ts";
import type { ReminderEngineDeps } from "../src/scheduler/engine-deps.ts";
import { createReminderEngine } from "../src/scheduler/reminder-engine.ts";
import { legacyFullReconcile } from "./legacy-reconcile.ts";
import { seedOpenClocks } from "./scheduler-seed.ts";

const IDLE_TICKS = 7;
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
/** What the process still holds after a full garbage collection (spawned with --expose-gc). */
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const nullChat: ChatPort = {
  post: async (target) => ({ ...target, messageId: "1" }),
  update: async () => undefined,
  postPrivate: async () => undefined,
};

async function main(url: string, openClocks: number) {
  const prisma = createPrismaClient(url, { maxConnections: 5 });
  try {
    let current = Date.parse("2026-06-01T08:00:07Z");
    const clock: Clock = { now: () => new Date(current) };
    await seedOpenClocks(prisma, openClocks, clock.now());
    const deps: ReminderEngineDeps = {
      prisma,
      chat: nullChat,
      clock,
      config: loadConfig({ TIMEZONE: "Europe/Brussels", DEFAULT_LANGUAGE: "en", LOG_LEVEL: "silent" }),
      logger: createLogger("silent"),
      instanceId: "bench",
      options: { paceMs: 0 },
    };
    const engine = createReminderEngine(deps);
    const startup = await engine.tickReminders();
    if (!startup.reconcile.full) throw new Error("the first tick should be the full pass");
    // What autovacuum does after a bulk load like the seed: the planner needs the new statistics.
    await prisma.$executeRawUnsafe("ANALYZE");

    const idle: number[] = [];
    for (let i = 0; i < IDLE_TICKS; i++) {
      current += 15_000;
      const tick = await engine.tickReminders();
      if (i > 0) idle.push(tick.timings.totalMs); // the first may still see the seed's queue
    }
    const rssMb = mb();
    const heapUsedMb = heapMb();

    await prisma.$executeRawUnsafe(
      `UPDATE "IncidentCustomer" SET "notifiedAt" = '${clock.now().toISOString()}', "notifiedVia" = 'email'
       WHERE id IN (SELECT id FROM "IncidentCustomer" ORDER BY id LIMIT 100)`,
    );
    current += 15_000;
    const changed = await engine.tickReminders();

    const legacyStart = performance.now();
    await legacyFullReconcile(deps);
    const legacyMs = performance.now() - legacyStart;
    // The old reconcile's working set, still referenced: what it held at its peak.
    const heapAfterLegacy = Math.round(process.memoryUsage().heapUsed / 2 ** 20);

    return {
      openClocks,
      tickMs: round(median(idle)),
      rssMb,
      heapUsedMb,
      changedTickMs: round(changed.timings.totalMs),
      changedEntities: changed.reconcile.entities,
      fullPassMs: round(startup.timings.reconcileMs),
      fullPassClocks: startup.reconcile.openClocks,
      baselineMs: round(legacyMs),
      baselineRssMb: mb(),
      baselineHeapUsedMb: heapAfterLegacy,
      ratio: round(median(idle) / legacyMs, 4),
    };
  } finally {
    await prisma.$disconnect();
  }
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

const [url, size] = process.argv.slice(2);
main(url!, Number(size)).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
