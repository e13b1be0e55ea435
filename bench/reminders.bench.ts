// Claim + send throughput of the reminder engine with 1, 2 and 3 instances on one PostgreSQL.
//
// Each run seeds N breach clocks spread over many channels, lets the first reconcile create their
// rows (not timed), then starts the instances together and times until every due reminder is sent.
// The chat is a fake with a fixed latency per post (Slack's Web API answers in tens to hundreds of
// milliseconds), and the per-channel pace is switched off: otherwise the 1 message/s per channel
// would be the only thing measured. Every run also checks that each reminder was posted once.

import { loadConfig } from "../src/config.ts";
import type { ChatPort, ChatTarget, Clock, PostedMessage } from "../src/domain/ports.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { createLogger } from "../src/logger.ts";
import type { Message } from "../src/messages/model.ts";
import { reconcileReminders } from "../src/scheduler/reconcile-reminders.ts";
import { createReminderEngine } from "../src/scheduler/reminder-engine.ts";

export interface BenchOptions {
  /** Prisma clients on one database; instance i uses clients[i]. */
  clients: PrismaClient[];
  reminders: number;
  channels: number;
  postLatencyMs: number;
  batchSize: number;
  instanceCounts: number[];
}

export interface BenchResult {
  instances: number;
  reminders: number;
  seconds: number;
  perSecond: number;
  /** Throughput relative to the first (baseline) run of the same process. */
  ratio: number;
  duplicates: number;
  missing: number;
}

const HOUR = 3_600_000;

class LatencyChat implements ChatPort {
  readonly counts = new Map<string, number>();
  private readonly latencyMs: number;

  constructor(latencyMs: number) {
    this.latencyMs = latencyMs;
  }
  async post(target: ChatTarget, message: Message): Promise<PostedMessage> {
    await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    // The summary starts with what the reminder is about ("Inform X about Y: ..."): one per clock.
    const about = message.summary.split(": ")[0] ?? message.summary;
    this.counts.set(about, (this.counts.get(about) ?? 0) + 1);
    return { ...target, messageId: String(this.counts.size) };
  }
  async update(): Promise<void> {}
  async postPrivate(): Promise<void> {}
}

async function seed(prisma: PrismaClient, options: BenchOptions, discoveredAt: Date): Promise<string[]> {
  await prisma.reminder.deleteMany();
  await prisma.incidentCustomer.deleteMany();
  await prisma.incident.deleteMany();
  await prisma.customer.deleteMany({ where: { key: { startsWith: "bench-" } } });
  await prisma.account.deleteMany({ where: { platformUserId: "bench" } });
  const customersPerIncident = 10;
  const incidents = Math.ceil(options.reminders / customersPerIncident);
  const reporter = await prisma.account.create({
    data: { platform: "system", platformUserId: "bench", displayName: "bench" },
  });
  await prisma.customer.createMany({
    data: Array.from({ length: customersPerIncident }, (_, i) => ({
      key: `bench-${i}`,
      name: `Bench ${i}`,
      createdAt: discoveredAt,
    })),
  });
  const customers = await prisma.customer.findMany({ where: { key: { startsWith: "bench-" } } });
  await prisma.incident.createMany({
    data: Array.from({ length: incidents }, (_, i) => ({
      reference: `BENCH-${String(i).padStart(5, "0")}`,
      discoveredAt,
      reportedAt: discoveredAt,
      reporterAccountId: reporter.id,
      description: "bench",
      platform: "slack" as const,
      channelId: `C-BENCH-${i % options.channels}`,
      createdAt: discoveredAt,
    })),
  });
  const rows = await prisma.incident.findMany({
    where: { description: "bench" },
    select: { id: true, reference: true },
  });
  await prisma.incidentCustomer.createMany({
    data: rows.flatMap((incident) =>
      customers.map((customer) => ({
        incidentId: incident.id,
        customerId: customer.id,
        notifyDeadline: new Date(discoveredAt.getTime() + 24 * HOUR),
        authorityDeadline: new Date(discoveredAt.getTime() + 72 * HOUR),
        createdAt: discoveredAt,
      })),
    ),
  });
  return rows.flatMap((incident) =>
    customers.map((customer) => `Inform ${customer.name} about ${incident.reference}`),
  );
}

export async function runReminderBenchmark(options: BenchOptions): Promise<BenchResult[]> {
  const [first] = options.clients;
  if (!first) throw new Error("at least one Prisma client is needed");
  const config = loadConfig({ TIMEZONE: "Europe/Brussels", DEFAULT_LANGUAGE: "en", LOG_LEVEL: "silent" });
  const logger = createLogger("silent");
  const results: BenchResult[] = [];

  for (const instances of options.instanceCounts) {
    // The -1 h reminder of every clock is due now (the -12 h and -4 h ones are superseded).
    const now = Date.now();
    const discoveredAt = new Date(now - 23.5 * HOUR);
    const expected = await seed(first, options, discoveredAt);
    const clock: Clock = { now: () => new Date() };
    const chat = new LatencyChat(options.postLatencyMs);
    const base = { chat, clock, config, logger, options: { batchSize: options.batchSize, paceMs: 0 } };
    await reconcileReminders({ ...base, prisma: first, instanceId: "seed" });

    const engines = Array.from({ length: instances }, (_, i) =>
      createReminderEngine({
        ...base,
        prisma: options.clients[i % options.clients.length] as PrismaClient,
        instanceId: `bench-${i + 1}`,
      }),
    );
    const started = performance.now();
    for (let round = 0; round < 1_000; round++) {
      await Promise.all(engines.map((engine) => engine.tickReminders()));
      const left = await first.reminder.count({
        where: { status: { in: ["pending", "claimed"] }, dueAt: { lte: new Date() } },
      });
      if (left === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const duplicates = [...chat.counts.values()].filter((n) => n > 1).length;
    const missing = expected.filter((summary) => !chat.counts.has(summary)).length;
    const perSecond = expected.length / seconds;
    const baseline = results[0]?.perSecond ?? perSecond;
    results.push({
      instances,
      reminders: expected.length,
      seconds,
      perSecond,
      ratio: perSecond / baseline,
      duplicates,
      missing,
    });
  }
  return results;
}

export function formatResults(results: BenchResult[], options: BenchOptions): string {
  const lines = [
    `reminder engine: claim + send of ${options.reminders} due reminders over ${options.channels} channels, ` +
      `${options.postLatencyMs} ms per post, batches of ${options.batchSize}`,
    "instances  seconds  reminders/s  ratio vs 1  duplicates  missing",
  ];
  for (const r of results) {
    lines.push(
      [
        String(r.instances).padStart(9),
        r.seconds.toFixed(2).padStart(8),
        r.perSecond.toFixed(0).padStart(12),
        `${r.ratio.toFixed(2)}x`.padStart(11),
        String(r.duplicates).padStart(11),
        String(r.missing).padStart(8),
      ].join(" "),
    );
  }
  return lines.join("\n");
}
