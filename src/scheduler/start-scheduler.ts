// node-cron only ticks: on REMINDER_TICK_CRON (every 15 seconds) for reminders (and a digest slot
// that is due but unsent), and on DIGEST_CRON in TIMEZONE for the digest itself. Everything that
// matters lives in PostgreSQL, so ticks may be missed, doubled across instances or cut short by a
// restart without consequence.
import cron, { type ScheduledTask } from "node-cron";
import { ChannelPacer, realSleep } from "./channel-pacer.ts";
import { dueDigestSlot, runDigestSlot } from "./digest-job.ts";
import { engineOptions, type ReminderEngineDeps } from "./engine-deps.ts";
import { createReminderEngine, type ReminderEngine } from "./reminder-engine.ts";
import { runApprovalFanOut } from "./send-approval-requests.ts";

/** The default of REMINDER_TICK_CRON. */
export const REMINDER_TICK_CRON = "*/15 * * * * *";
export const REQUEST_HOUSEKEEPING_CRON = "0 * * * * *";

export interface RunningScheduler {
  /**
   * Stops ticking and waits for the work in flight, which ends after the post under way: reminders
   * not yet posted are handed back (pending again at once) for another instance or the next start.
   */
  stop(): Promise<void>;
  /** Resolves when no tick or digest is running (tests, health checks). */
  whenIdle(): Promise<void>;
  readonly engine: ReminderEngine;
}

export function startScheduler(deps: ReminderEngineDeps): RunningScheduler {
  const engine = createReminderEngine(deps);
  const engineDeps: ReminderEngineDeps = { ...deps, pacer: engine.pacer };
  const log = deps.logger.child({ component: "scheduler", instanceId: deps.instanceId });
  let stopped = false;

  // One in-flight run per job: a tick that is still busy when the next one is due skips it.
  const inFlight = new Map<string, Promise<void>>();
  const guarded = (name: string, work: () => Promise<unknown>) => () => {
    if (stopped || inFlight.has(name)) return;
    const run = work()
      .then(() => undefined)
      .catch((error: unknown) => log.error({ err: error, job: name }, "scheduled job failed"))
      .finally(() => inFlight.delete(name));
    inFlight.set(name, run);
  };

  const tick = guarded("reminders", async () => {
    const started = performance.now();
    const { reminders, digest } = await engine.tick();
    const { send, reconcile } = reminders;
    const superseded = reminders.superseded + send.superseded;
    deps.metrics?.observeTick({ seconds: (performance.now() - started) / 1000, ...send, superseded });
    const { unposted } = reminders;
    const happened =
      reconcile.inserted +
      reconcile.cancelled +
      unposted.posted +
      unposted.failed +
      reminders.superseded +
      reminders.claimed +
      digest.length;
    if (happened > 0) {
      log.info(
        {
          ...reconcile,
          unposted,
          stale: reminders.superseded,
          claimed: reminders.claimed,
          send,
          digest: digest.map((d) => `${d.target.platform}:${d.target.channelId} ${d.outcome}`),
        },
        "tick",
      );
    }
    fullReconcile();
  });
  // The hourly full reconcile, beside the ticks so that reminders keep going out while it runs.
  const fullReconcile = guarded("full-reconcile", async () => {
    const report = await engine.reconcileAllIfDue();
    if (report) log.info({ ...report }, "full reconcile");
  });
  // Art. 9 DPA approval requests: their own job on the same tick, sharing the channel pace.
  const fanOutAbort = new AbortController();
  const fanOutDeps = {
    prisma: deps.prisma,
    chat: deps.chat,
    mailer: deps.mailer ?? null,
    clock: deps.clock,
    config: deps.config,
    logger: deps.logger,
    instanceId: deps.instanceId,
    pacer: engine.pacer,
    workspacePacer: new ChannelPacer(deps.clock, deps.sleep ?? realSleep(fanOutAbort.signal), 1_000),
  };
  const approvals = guarded("approvals", async () => {
    const report = await runApprovalFanOut(fanOutDeps, () => stopped);
    if (report.claimed + report.updated > 0) log.info({ approvals: report }, "approval requests");
  });
  const digest = guarded("digest", async () => {
    const slot = dueDigestSlot(deps.config, deps.clock.now(), engineOptions(deps).digestCatchUpMs);
    if (slot) await runDigestSlot(engineDeps, slot);
  });

  const housekeeping = guarded("requests", async () => deps.requestHousekeeping?.());

  const tasks: ScheduledTask[] = [
    cron.schedule(deps.config.reminderTickCron, tick, { name: `reminders:${deps.instanceId}` }),
    cron.schedule(deps.config.reminderTickCron, approvals, { name: `approvals:${deps.instanceId}` }),
    cron.schedule(deps.config.digestCron, digest, {
      name: `digest:${deps.instanceId}`,
      timezone: deps.config.timezone,
    }),
  ];
  if (deps.requestHousekeeping) {
    tasks.push(
      cron.schedule(REQUEST_HOUSEKEEPING_CRON, housekeeping, { name: `requests:${deps.instanceId}` }),
    );
  }
  // Do not wait 15 s after a restart: what fell due while the process was down goes out now.
  tick();
  housekeeping();
  approvals();
  log.info({ digestCron: deps.config.digestCron, timezone: deps.config.timezone }, "scheduler started");

  return {
    engine,
    async whenIdle() {
      while (inFlight.size > 0) await Promise.all(inFlight.values());
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const task of tasks) await task.destroy();
      engine.stop();
      fanOutAbort.abort();
      await Promise.all(inFlight.values());
      log.info("scheduler stopped");
    },
  };
}
