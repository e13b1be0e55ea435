// Shared by the scheduler's integration tests: a clock the test moves, a sleep that records and
// moves that clock instead of waiting, a logger whose lines the test can read, and factories for
// the rows the clocks are derived from.
import { Writable } from "node:stream";
import { type Config, loadConfig } from "../../../src/config.ts";
import type { Clock } from "../../../src/domain/ports.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger, type Logger } from "../../../src/logger.ts";
import type { ReminderEngineDeps } from "../../../src/scheduler/engine-deps.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";

export const INCIDENT_CHANNEL = "C-INCIDENTS";
export const DIGEST_CHANNEL = "C-DIGEST";

export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** A sleep that returns at once; `advances` makes it move the clock by what was asked. */
export function recordingSleep(clock: ManualClock, advances = true) {
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
    if (advances) clock.advance(ms);
  };
  return { sleep, slept };
}

export interface CapturedLog {
  logger: Logger;
  lines: () => Array<{ level: number; msg: string; [key: string]: unknown }>;
}

export function captureLogger(): CapturedLog {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger("info", stream as unknown as Parameters<typeof createLogger>[1]);
  return {
    logger,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line)),
  };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_APP_TOKEN: "xapp-test",
    SLACK_INCIDENT_CHANNEL: INCIDENT_CHANNEL,
    SLACK_DIGEST_CHANNEL: DIGEST_CHANNEL,
    TIMEZONE: "Europe/Brussels",
    DEFAULT_LANGUAGE: "en",
    ...env,
  });
}

export interface EngineSetup {
  deps: ReminderEngineDeps;
  chat: RecordingChat;
  clock: ManualClock;
  refreshed: string[];
  log: CapturedLog;
  slept: number[];
}

export function engineDeps(
  prisma: PrismaClient,
  clock: ManualClock,
  overrides: Partial<ReminderEngineDeps> & { chat?: RecordingChat | null; sleepAdvancesClock?: boolean } = {},
): EngineSetup {
  const chat = overrides.chat ?? new RecordingChat(clock);
  const log = captureLogger();
  const refreshed: string[] = [];
  const { sleep, slept } = recordingSleep(clock, overrides.sleepAdvancesClock ?? true);
  const deps: ReminderEngineDeps = {
    prisma,
    chat,
    clock,
    config: testConfig(),
    logger: log.logger,
    instanceId: "instance-a",
    sleep,
    refreshIncidentMessage: async (incidentId) => {
      refreshed.push(incidentId);
    },
    ...overrides,
  };
  return { deps, chat, clock, refreshed, log, slept };
}

let sequence = 0;
const next = () => ++sequence;

export async function createCustomer(
  prisma: PrismaClient,
  data: Partial<Parameters<PrismaClient["customer"]["create"]>[0]["data"]> = {},
) {
  const n = next();
  // A fixed creation date keeps the review clock (art. 5.9 DPA) away from the tests' dates.
  return prisma.customer.create({
    data: {
      key: `customer-${n}`,
      name: `Customer ${n}`,
      createdAt: new Date("2025-06-01T00:00:00Z"),
      ...data,
    },
  });
}

export async function createReporter(prisma: PrismaClient) {
  const n = next();
  return prisma.account.create({
    data: { platform: "slack", workspaceId: "T1", platformUserId: `U${n}`, displayName: `Reporter ${n}` },
  });
}

const HOUR = 3_600_000;

/** An incident as the breach feature writes it: the incident, and one clock row per customer. */
export async function createIncident(
  prisma: PrismaClient,
  options: {
    discoveredAt: Date;
    customerIds: string[];
    /** When the clocks were written (the report); defaults to the discovery. */
    reportedAt?: Date;
    channelId?: string | null;
    reference?: string;
  },
) {
  const reporter = await createReporter(prisma);
  const n = next();
  const reportedAt = options.reportedAt ?? options.discoveredAt;
  return prisma.incident.create({
    data: {
      reference: options.reference ?? `DL-2026-${String(n).padStart(4, "0")}`,
      discoveredAt: options.discoveredAt,
      reportedAt,
      reporterAccountId: reporter.id,
      description: "Laptop stolen",
      platform: options.channelId === null ? null : "slack",
      channelId: options.channelId === undefined ? `C-INC-${n}` : options.channelId,
      messageId: options.channelId === null ? null : `${n}.0001`,
      createdAt: reportedAt,
      customers: {
        create: options.customerIds.map((customerId) => ({
          customerId,
          notifyDeadline: new Date(options.discoveredAt.getTime() + 24 * HOUR),
          authorityDeadline: new Date(options.discoveredAt.getTime() + 72 * HOUR),
          createdAt: reportedAt,
        })),
      },
    },
    include: { customers: true },
  });
}

export async function createRequest(
  prisma: PrismaClient,
  options: {
    customerId: string;
    receivedAt: Date;
    forwardDueAt: Date;
    legalDeadline: Date;
    reference?: string;
  },
) {
  const n = next();
  return prisma.dataSubjectRequest.create({
    data: {
      reference: options.reference ?? `VZ-2026-${String(n).padStart(4, "0")}`,
      customerId: options.customerId,
      type: "access",
      receivedAt: options.receivedAt,
      subjectDetails: "Jan Janssens, jan@example.org",
      forwardDueAt: options.forwardDueAt,
      legalDeadline: options.legalDeadline,
      createdAt: options.receivedAt,
    },
  });
}

export async function createApproval(
  prisma: PrismaClient,
  options: { customerId: string; requestedAt: Date; name?: string; country?: string },
) {
  const sub = await prisma.subProcessor.create({
    data: { name: options.name ?? `Sub ${next()}`, country: options.country ?? "BE" },
  });
  return prisma.customerSubProcessor.create({
    data: {
      customerId: options.customerId,
      subProcessorId: sub.id,
      purpose: "Hosting",
      requestedAt: options.requestedAt,
      createdAt: options.requestedAt,
    },
  });
}

/** Removes every row the scheduler tests create, so each test starts from an empty register. */
export async function clearAll(prisma: PrismaClient): Promise<void> {
  await prisma.reminder.deleteMany();
  await prisma.digestRun.deleteMany();
  await prisma.incidentCustomer.deleteMany();
  await prisma.incident.deleteMany();
  await prisma.dataSubjectRequest.deleteMany();
  await prisma.customerSubProcessor.deleteMany();
  await prisma.subProcessor.deleteMany();
  await prisma.contact.deleteMany();
  await prisma.customer.deleteMany();
  await prisma.account.deleteMany();
  // A system in use has named its privacy officer (the first-run warning has tests of its own).
  await prisma.account.create({
    data: {
      platform: "slack",
      workspaceId: "T0001",
      platformUserId: "U0DPO0001",
      displayName: "DPO",
      roles: ["privacy_officer"],
    },
  });
  // Last: the deletes above queue their entities for the scheduler.
  await prisma.clockCheck.deleteMany();
}

/** The tick grid: a 15-second cadence, offset like a process started at an arbitrary moment. */
export const TICK_MS = 15_000;
export const TICK_OFFSET_MS = 7_000;

export function nextTickAfter(at: Date): Date {
  const t = at.getTime() - TICK_OFFSET_MS;
  return new Date((Math.floor(t / TICK_MS) + 1) * TICK_MS + TICK_OFFSET_MS);
}

/**
 * Runs the ticks a 15-second ticker would run from now until `until`, leaving out those at which
 * nothing can happen (no reminder due, no retry due, no lease expiring); it still ticks at least
 * every half hour. Every tick it runs is at a grid time, so lateness is measured as in production.
 */
export async function tickThrough(
  prisma: PrismaClient,
  clock: ManualClock,
  until: Date,
  tick: () => Promise<unknown>,
): Promise<number> {
  let ticks = 0;
  while (clock.now() < until) {
    const now = clock.now();
    const rows = await prisma.$queryRaw<Array<{ at: Date | null }>>`
      SELECT min(GREATEST("dueAt", COALESCE("nextAttemptAt", "dueAt"))) AS at FROM "Reminder"
      WHERE status = 'pending' AND GREATEST("dueAt", COALESCE("nextAttemptAt", "dueAt")) > ${now}`;
    const expiring = await prisma.$queryRaw<Array<{ at: Date | null }>>`
      SELECT min("claimedUntil") AS at FROM "Reminder" WHERE status = 'claimed' AND "claimedUntil" >= ${now}`;
    const candidates = [rows[0]?.at, expiring[0]?.at, new Date(now.getTime() + 30 * 60_000), until].filter(
      (d): d is Date => d instanceof Date,
    );
    const target = new Date(Math.min(...candidates.map((d) => d.getTime())));
    const tickAt = nextTickAfter(new Date(target.getTime() - 1));
    clock.set(tickAt.getTime() > until.getTime() ? until : tickAt);
    await tick();
    ticks++;
  }
  return ticks;
}
