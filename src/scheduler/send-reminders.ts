// Sending claimed reminders: one clock, one message; one channel, one message a second; a clock
// that closed meanwhile is not reminded of; a failure is retried later or, finally, recorded as
// failed and logged, never dropped.

import {
  incidentChannelLanguage,
  markIncidentMessageStale,
} from "../adapters/db/repositories/incident-queries.ts";
import { loadOpenClocksOf } from "../adapters/db/repositories/reminder-clocks.ts";
import {
  markReminderFailed,
  markReminderSent,
  type ReminderRow,
  rescheduleReminder,
  retireReminder,
} from "../adapters/db/repositories/reminders.ts";
import { languageOfTarget } from "../adapters/db/repositories/target-language.ts";
import { ChatDeliveryError, type ChatTarget } from "../domain/ports.ts";
import { incidentIdOf } from "../domain/reminders/clocks.ts";
import { buildReminderMessage } from "../domain/reminders/reminder-message.ts";
import { decideRetry } from "../domain/reminders/retry.ts";
import { channelKey, resolveReminderTarget, updateKeyOf } from "../domain/reminders/target.ts";
import type { ChannelPacer } from "./channel-pacer.ts";
import {
  channelLanguage,
  clockSettings,
  engineOptions,
  type ReminderEngineDeps,
  reminderTargetsOf,
} from "./engine-deps.ts";
import { incidentUpdateRefused } from "./refresh-stale-incidents.ts";

export type SendOutcome =
  | "error"
  | "sent"
  | "superseded"
  | "cancelled"
  | "retry"
  | "deferred"
  | "failed"
  | "lost-lease"
  | "released";

export type SendReport = Record<SendOutcome, number>;

export function emptySendReport(): SendReport {
  return {
    error: 0,
    sent: 0,
    superseded: 0,
    cancelled: 0,
    retry: 0,
    deferred: 0,
    failed: 0,
    "lost-lease": 0,
    released: 0,
  };
}

interface SendContext {
  deps: ReminderEngineDeps;
  pacer: ChannelPacer;
  /** True once the scheduler is stopping: unsent claims are handed back at once. */
  stopping: () => boolean;
  refreshedIncidents: Set<string>;
}

export async function sendClaimedReminders(
  deps: ReminderEngineDeps,
  claimed: ReminderRow[],
  pacer: ChannelPacer,
  stopping: () => boolean = () => false,
): Promise<SendReport> {
  const report = emptySendReport();
  const ctx: SendContext = { deps, pacer, stopping, refreshedIncidents: new Set() };
  const now = deps.clock.now();

  // Two due reminders of one clock in one batch (the later fell due between supersede and claim):
  // only the latest goes out.
  const latest = new Map<string, ReminderRow>();
  for (const row of claimed) {
    const other = latest.get(row.clockKey);
    if (!other || row.dueAt > other.dueAt) latest.set(row.clockKey, row);
  }
  for (const row of claimed) {
    if (latest.get(row.clockKey) === row) continue;
    await retireReminder(deps.prisma, { id: row.id, instanceId: deps.instanceId, now, status: "superseded" });
    report.superseded++;
  }

  // Channels in parallel, each channel in due order at its own pace.
  const byChannel = new Map<string, ReminderRow[]>();
  for (const row of latest.values()) {
    const key = `${row.platform ?? ""}:${row.channelId ?? ""}`;
    byChannel.set(key, [...(byChannel.get(key) ?? []), row]);
  }
  await Promise.all(
    [...byChannel.values()].map(async (rows) => {
      rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
      for (const row of rows) {
        try {
          report[await sendOne(ctx, row)]++;
        } catch (error) {
          // The database failed under us (the chat's own errors are handled in sendOne). The claim
          // stays; when its lease runs out the reminder is claimed again, so nothing is lost.
          report.error++;
          deps.logger.error(
            { err: error, reminderId: row.id, kind: row.kind, clockKey: row.clockKey },
            "reminder not processed; it will be retried when its claim expires",
          );
        }
      }
    }),
  );
  return report;
}

async function sendOne(ctx: SendContext, row: ReminderRow): Promise<SendOutcome> {
  const { deps, pacer } = ctx;
  const { prisma, clock, logger, instanceId } = deps;
  const claim = { id: row.id, instanceId };
  const log = logger.child({ reminderId: row.id, kind: row.kind, clockKey: row.clockKey, step: row.step });

  if (ctx.stopping()) {
    await rescheduleReminder(prisma, {
      ...claim,
      now: clock.now(),
      nextAttemptAt: clock.now(),
      lastError: null,
      countAttempt: false,
    });
    return "released";
  }

  // The clock may have closed since the row was claimed: re-read it right before sending.
  const open = await loadOpenClocksOf(
    prisma,
    row.entityType,
    row.entityId,
    clock.now(),
    clockSettings(deps.config),
  );
  const current = open.find((c) => c.key === row.clockKey);
  if (!current) {
    await retireReminder(prisma, { ...claim, now: clock.now(), status: "cancelled" });
    return "cancelled";
  }

  const target = resolveReminderTarget(current, reminderTargetsOf(deps));
  if (!target) {
    const lastError = "no chat channel to post this reminder to (set SLACK_DIGEST_CHANNEL)";
    await markReminderFailed(prisma, { ...claim, now: clock.now(), lastError });
    log.error({ attempts: row.attempts + 1 }, `reminder not delivered: ${lastError}`);
    return "failed";
  }
  const channel = channelKey(target);

  // A 429 earlier in this batch holds the channel: hand the rest back for after Retry-After,
  // without counting an attempt (nothing was tried).
  const heldUntil = pacer.heldUntil(channel);
  if (heldUntil) {
    await rescheduleReminder(prisma, {
      ...claim,
      now: clock.now(),
      nextAttemptAt: heldUntil,
      lastError: null,
      countAttempt: false,
    });
    return "deferred";
  }

  await pacer.acquire(channel);
  const sendAt = clock.now();
  if (row.claimedUntil && row.claimedUntil < sendAt) {
    // Our lease ran out while waiting for the channel: the row may be someone else's now.
    log.warn("claim expired before sending; leaving the reminder to the next claim");
    return "lost-lease";
  }
  if (ctx.stopping()) {
    await rescheduleReminder(prisma, {
      ...claim,
      now: sendAt,
      nextAttemptAt: sendAt,
      lastError: null,
      countAttempt: false,
    });
    return "released";
  }

  // A breach reminder speaks the language of the incident message it sits beside.
  const incidentOfClock = incidentIdOf(current);
  const language =
    (incidentOfClock && (await incidentChannelLanguage(prisma, incidentOfClock))) ||
    (await languageOfTarget(prisma, target, channelLanguage(deps.config)));
  const message = buildReminderMessage(current, row.step, sendAt, {
    language,
    timezone: deps.config.timezone,
  });
  try {
    // Only claimed when a chat is connected (runReminderTick).
    await deps.chat!.post(target, message);
  } catch (error) {
    return handleFailure(ctx, row, target, error);
  }

  const marked = await markReminderSent(prisma, { ...claim, now: clock.now(), ...target });
  if (!marked) log.warn("reminder posted, but its claim had been taken over: it may be posted twice");
  log.info({ channel }, "reminder sent");

  const incidentId = incidentOfClock;
  if (incidentId && deps.refreshIncidentMessage && !ctx.refreshedIncidents.has(incidentId)) {
    ctx.refreshedIncidents.add(incidentId);
    const updates = updateKeyOf(target);
    // A refused update holds only the updates of this channel; the message is rendered again by a
    // later tick (refresh-stale-incidents.ts), after Retry-After.
    if (pacer.heldUntil(updates)) await markIncidentMessageStale(deps.prisma, incidentId);
    else {
      try {
        await deps.refreshIncidentMessage(incidentId);
      } catch (error) {
        await incidentUpdateRefused(deps, pacer, { incidentId, updates, error });
      }
    }
  }
  return "sent";
}

async function handleFailure(
  ctx: SendContext,
  row: ReminderRow,
  target: ChatTarget,
  error: unknown,
): Promise<SendOutcome> {
  const { deps, pacer } = ctx;
  const now = deps.clock.now();
  const failure =
    error instanceof ChatDeliveryError
      ? { retryable: error.retryable, retryAfterMs: error.retryAfterMs }
      : { retryable: true }; // an unexpected error (network, bug) is worth another try
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const attempts = row.attempts + 1;
  const log = deps.logger.child({
    reminderId: row.id,
    kind: row.kind,
    clockKey: row.clockKey,
    step: row.step,
  });
  if (failure.retryAfterMs !== undefined) {
    pacer.holdUntil(channelKey(target), new Date(now.getTime() + failure.retryAfterMs));
  }
  const decision = decideRetry(failure, attempts, now, engineOptions(deps).retry);
  const claim = { id: row.id, instanceId: deps.instanceId, now };
  if (decision.action === "retry") {
    await rescheduleReminder(deps.prisma, {
      ...claim,
      nextAttemptAt: decision.at,
      lastError,
      countAttempt: true,
    });
    log.warn(
      { attempts, retryAt: decision.at.toISOString(), error: lastError },
      "reminder not delivered; will retry",
    );
    return "retry";
  }
  await markReminderFailed(deps.prisma, { ...claim, lastError });
  log.error({ attempts, error: lastError }, "reminder not delivered; giving up (it is listed in the digest)");
  return "failed";
}
