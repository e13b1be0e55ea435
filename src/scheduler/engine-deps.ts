// What the reminder engine and the digest job need, and the tunables with their defaults.
import { hostname } from "node:os";
import type { UnpostedIncident } from "../adapters/db/repositories/incident-queries.ts";
import type { Metrics } from "../adapters/metrics/metrics.ts";
import type { Config } from "../config.ts";
import type { ChatPort, ChatTarget, Clock, Language, Mailer } from "../domain/ports.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../domain/reminders/retry.ts";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "../domain/reminders/schedule.ts";
import type { ReminderTargets } from "../domain/reminders/target.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { ChannelPacer, Sleep } from "./channel-pacer.ts";

export interface EngineOptions {
  /** Reminders claimed per tick. With ~1 message/s per channel a batch fits well within the lease. */
  batchSize: number;
  /** Of which at most this many for one channel: ~10 s of that channel's pace, then others get a turn. */
  perChannelBatch: number;
  /** How long a claim holds; an instance that dies releases its claims when this runs out. */
  leaseMs: number;
  /** Rows are created this long before they fall due. */
  lookaheadMs: number;
  /** How long a claim on a queued clock check holds (an instance that dies mid-reconcile). */
  checkLeaseMs: number;
  /**
   * The full reconcile of every open clock (the safety net) runs at start-up and then this often, in
   * the process's own elapsed time (`monotonicMs`): it guards against writes made around the
   * triggers, which happen in real time, whatever the clock of the deadlines says.
   */
  fullReconcileMs: number;
  /** Minimum spacing of messages to one channel (Slack: ~1 chat.postMessage per second per channel). */
  paceMs: number;
  retry: RetryPolicy;
  /** A digest slot missed while every instance was down is still sent within this window. */
  digestCatchUpMs: number;
  /** A digest claim older than this, never marked sent, is taken over by another instance. */
  digestLeaseMs: number;
  /** Attempts to post one digest before leaving it to the next lease. */
  digestAttempts: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  batchSize: 100,
  perChannelBatch: 10,
  leaseMs: 5 * 60_000,
  lookaheadMs: 48 * 3_600_000,
  checkLeaseMs: 60_000,
  fullReconcileMs: 3_600_000,
  paceMs: 1_000,
  retry: DEFAULT_RETRY_POLICY,
  digestCatchUpMs: 6 * 3_600_000,
  digestLeaseMs: 5 * 60_000,
  digestAttempts: 3,
};

export interface ReminderEngineDeps {
  prisma: PrismaClient;
  /** Null while no chat platform is connected: clocks are still reconciled into reminder rows, and
   *  nothing is claimed, so every reminder waits (the most urgent one per clock) for a chat to post in. */
  chat: ChatPort | null;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Sends approvers their decision links (art. 9 DPA); null without SMTP_URL. */
  mailer?: Mailer | null;
  /** Unique per process: claims are recorded under it. */
  instanceId: string;
  /** Waiting for the pace and Retry-After; tests pass one that records and advances their clock. */
  sleep?: Sleep;
  /**
   * Renders an incident's own message again from the register: after a breach reminder was posted,
   * and for messages whose update Slack or Teams refused (see refresh-stale-incidents.ts).
   */
  refreshIncidentMessage?: (incidentId: string) => Promise<void>;
  /**
   * Posts an incident whose first post failed (see post-unposted-incidents.ts): true when this call
   * posted it, false when it was not ours to post; throws the chat's error when the post failed.
   */
  publishUnpostedIncident?: (incident: UnpostedIncident) => Promise<boolean>;
  /** Data-subject requests: erasure after retention, forward retries (request-housekeeping.ts). */
  requestHousekeeping?: () => Promise<void>;
  /** Where the digest and the non-breach reminders go; default: the Slack digest channel. */
  digestTargets?: ChatTarget[];
  /** Elapsed milliseconds of this process (default performance.now): paces the full reconcile. */
  monotonicMs?: () => number;
  /** Shared by the reminders and the digest of one process, so both respect one channel pace. */
  pacer?: ChannelPacer;
  options?: Partial<EngineOptions>;
  /** Counts every tick and its reminders for GET /metrics. */
  metrics?: Pick<Metrics, "observeTick">;
}

export function engineOptions(deps: Pick<ReminderEngineDeps, "options">): EngineOptions {
  return { ...DEFAULT_ENGINE_OPTIONS, ...deps.options };
}

export function reminderSettings(config: Config): ReminderSettings {
  return {
    ...DEFAULT_REMINDER_SETTINGS,
    timezone: config.timezone,
    breachHoursBefore: config.reminders.breachHoursBefore,
    authorityHoursBefore: config.reminders.authorityHoursBefore,
    subprocessorPendingDays: config.reminders.subprocessorPendingDays,
  };
}

export function clockSettings(config: Config) {
  return {
    timezone: config.timezone,
    defaultReviewIntervalMonths: config.reminders.securityReviewMonths,
    subprocessorPendingDays: config.reminders.subprocessorPendingDays,
  };
}

export function digestTargetsOf(deps: Pick<ReminderEngineDeps, "config" | "digestTargets">): ChatTarget[] {
  if (deps.digestTargets) return deps.digestTargets;
  const slack = deps.config.slack;
  return slack.enabled && slack.digestChannel ? [{ platform: "slack", channelId: slack.digestChannel }] : [];
}

export function reminderTargetsOf(
  deps: Pick<ReminderEngineDeps, "config" | "digestTargets">,
): ReminderTargets {
  const slack = deps.config.slack;
  return {
    incidentChannel:
      slack.enabled && slack.incidentChannel ? { platform: "slack", channelId: slack.incidentChannel } : null,
    generalChannel: digestTargetsOf(deps)[0] ?? null,
  };
}

/** Channel messages are in the configured default language (the channel's readers are staff). */
export function channelLanguage(config: Config): Language {
  return config.defaultLanguage;
}

export function defaultInstanceId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}
