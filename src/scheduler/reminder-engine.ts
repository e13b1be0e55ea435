// One tick of the reminder engine: reconcile the rows of the clocks that changed or are due for a
// re-plan (all of them at start-up and every hour), post incidents whose first post failed, supersede
// stale reminders, claim what is due, send it. node-cron calls `tick` every 15 seconds; tests call it
// with their own clock.
import { claimDueReminders, supersedeStaleReminders } from "../adapters/db/repositories/reminders.ts";
import { ChannelPacer, realSleep } from "./channel-pacer.ts";
import { type DigestReport, runDueDigest } from "./digest-job.ts";
import { engineOptions, type ReminderEngineDeps } from "./engine-deps.ts";
import {
  emptyUnpostedReport,
  postUnpostedIncidents,
  type UnpostedReport,
} from "./post-unposted-incidents.ts";
import { type ReconcileReport, reconcileChangedClocks, reconcileReminders } from "./reconcile-reminders.ts";
import { refreshStaleIncidents, type StaleReport } from "./refresh-stale-incidents.ts";
import { emptySendReport, type SendReport, sendClaimedReminders } from "./send-reminders.ts";

/** Claiming stops after this much (clock) time in one tick, so the next tick is not held up long. */
const TICK_BUDGET_MS = 30_000;

export interface TickReport {
  reconcile: ReconcileReport;
  /** Incidents whose first post had failed. */
  unposted: UnpostedReport;
  /** Incident messages rendered again after a refused update. */
  stale: StaleReport;
  superseded: number;
  claimed: number;
  send: SendReport;
  /** Wall-clock milliseconds of the parts of the tick (a hook for a tick-duration metric). */
  timings: TickTimings;
}

export interface TickTimings {
  reconcileMs: number;
  /** Supersede + claim of the due reminders, without sending them. */
  claimMs: number;
  totalMs: number;
}

/** When this engine last began a full reconcile (`monotonicMs`); null: not yet (the first tick does). */
export interface FullPassState {
  lastAt: number | null;
}

export interface ReminderEngine {
  /** Reminders, then a digest slot that is due and not yet sent (a missed cron run, a restart). */
  tick(): Promise<{ reminders: TickReport; digest: DigestReport[] }>;
  /** Reminders only. */
  tickReminders(): Promise<TickReport>;
  /**
   * The hourly full reconcile (the safety net), when it is due: null when not. Run beside the ticks
   * (start-scheduler.ts), not in one: at 100,000 clocks it takes about a minute, in which due
   * reminders must still go out.
   */
  reconcileAllIfDue(): Promise<ReconcileReport | null>;
  /** Hands back unsent claims and ends waits at once; the current tick then finishes quickly. */
  stop(): void;
  readonly pacer: ChannelPacer;
}

export function createReminderEngine(deps: ReminderEngineDeps): ReminderEngine {
  const options = engineOptions(deps);
  const abort = new AbortController();
  const sleep = deps.sleep ?? realSleep(abort.signal);
  const pacer = deps.pacer ?? new ChannelPacer(deps.clock, sleep, options.paceMs);
  const engineDeps: ReminderEngineDeps = { ...deps, sleep, pacer };
  const stopping = () => abort.signal.aborted;

  const fullPass: FullPassState = { lastAt: null };
  const tickReminders = () => runReminderTick(engineDeps, stopping, fullPass);
  const elapsed = deps.monotonicMs ?? (() => performance.now());
  return {
    pacer,
    tickReminders,
    async tick() {
      const reminders = await tickReminders();
      const digest = stopping() || !deps.chat ? [] : await runDueDigest(engineDeps);
      return { reminders, digest };
    },
    async reconcileAllIfDue() {
      const now = elapsed();
      if (fullPass.lastAt === null || now - fullPass.lastAt < options.fullReconcileMs) return null;
      fullPass.lastAt = now;
      return reconcileReminders(engineDeps, stopping);
    },
    stop: () => abort.abort(),
  };
}

/**
 * One pass: reconcile, post unposted incidents, supersede, then claim and send batches until nothing more is due or the
 * tick's time budget is spent. Safe to run on any number of instances at once. Without a `fullPass`
 * state every call is a full reconcile.
 */
export async function runReminderTick(
  deps: ReminderEngineDeps,
  stopping: () => boolean = () => false,
  fullPass: FullPassState = { lastAt: null },
): Promise<TickReport> {
  const options = engineOptions(deps);
  const pacer = deps.pacer ?? new ChannelPacer(deps.clock, deps.sleep ?? realSleep(), options.paceMs);
  const wallStart = performance.now();
  const started = deps.clock.now().getTime();
  // The first tick of a process reconciles every clock (a restart may follow a configuration change
  // or writes made around the triggers); later ones only what is queued.
  const full = fullPass.lastAt === null;
  if (full) fullPass.lastAt = (deps.monotonicMs ?? (() => performance.now()))();
  const reconcile = full ? await reconcileReminders(deps, stopping) : await reconcileChangedClocks(deps);
  const reconciled = performance.now();
  const report: TickReport = {
    reconcile,
    unposted: emptyUnpostedReport(),
    stale: { updated: 0, failed: 0 },
    superseded: 0,
    claimed: 0,
    send: emptySendReport(),
    timings: { reconcileMs: reconciled - wallStart, claimMs: 0, totalMs: 0 },
  };
  const finish = () => {
    report.timings.totalMs = performance.now() - wallStart;
    return report;
  };
  if (!deps.chat) return finish();
  // Before the reminders: a reminder refers to the incident's message, which should exist first.
  report.unposted = await postUnpostedIncidents(deps, pacer, stopping);
  report.stale = await refreshStaleIncidents(deps, pacer, stopping);

  while (!stopping()) {
    const now = deps.clock.now();
    const claimStart = performance.now();
    report.superseded += await supersedeStaleReminders(deps.prisma, now);
    const claimed = await claimDueReminders(deps.prisma, {
      instanceId: deps.instanceId,
      now,
      leaseUntil: new Date(now.getTime() + options.leaseMs),
      limit: options.batchSize,
      perChannel: options.perChannelBatch,
    });
    report.timings.claimMs += performance.now() - claimStart;
    report.claimed += claimed.length;
    const sent = await sendClaimedReminders({ ...deps, pacer }, claimed, pacer, stopping);
    for (const key of Object.keys(sent) as Array<keyof SendReport>) report.send[key] += sent[key];
    if (claimed.length === 0) break;
    if (deps.clock.now().getTime() - started >= TICK_BUDGET_MS) break;
  }
  return finish();
}
