// A tick's step for incident messages that missed an update: Slack or Teams refused it (429, an
// outage) after a change was saved, so the channel still shows the old state, e.g. a customer as
// not informed. Each is rendered again from the register once its channel's hold has passed; the
// mark is taken off first, so of several instances one renders it, and a refusal marks it again.
import {
  findStaleIncidentMessages,
  markIncidentMessageStale,
  takeStaleIncidentMessage,
} from "../adapters/db/repositories/incident-queries.ts";
import { ChatDeliveryError } from "../domain/ports.ts";
import { updateKeyOf } from "../domain/reminders/target.ts";
import type { ChannelPacer } from "./channel-pacer.ts";
import type { ReminderEngineDeps } from "./engine-deps.ts";

/** A tick renders at most this many; the rest wait for the next tick. */
const MESSAGES_PER_TICK = 20;

export interface StaleReport {
  updated: number;
  failed: number;
}

export async function refreshStaleIncidents(
  deps: ReminderEngineDeps,
  pacer: ChannelPacer,
  stopping: () => boolean = () => false,
): Promise<StaleReport> {
  const report: StaleReport = { updated: 0, failed: 0 };
  const refresh = deps.refreshIncidentMessage;
  if (!refresh) return report;
  for (const stale of await findStaleIncidentMessages(deps.prisma, MESSAGES_PER_TICK)) {
    if (stopping()) break;
    const channel = updateKeyOf(stale);
    if (pacer.heldUntil(channel)) continue; // a Retry-After of this channel: a later tick
    if (!(await takeStaleIncidentMessage(deps.prisma, stale.id))) continue;
    await pacer.acquire(channel);
    try {
      await refresh(stale.id);
      report.updated++;
    } catch (error) {
      report.failed++;
      await incidentUpdateRefused(deps, pacer, { incidentId: stale.id, updates: channel, error });
    }
  }
  return report;
}

/**
 * An update of an incident's message was refused, here or after a reminder: marked for a later
 * tick, and this channel's updates held for Slack's Retry-After (its posts are limited apart).
 */
export async function incidentUpdateRefused(
  deps: Pick<ReminderEngineDeps, "prisma" | "clock" | "logger">,
  pacer: ChannelPacer,
  refusal: { incidentId: string; updates: string; error: unknown },
): Promise<void> {
  deps.logger.warn(
    { err: refusal.error, incidentId: refusal.incidentId },
    "incident message not updated; rendered again on a later tick",
  );
  await markIncidentMessageStale(deps.prisma, refusal.incidentId);
  const error = refusal.error;
  if (error instanceof ChatDeliveryError && error.retryAfterMs !== undefined)
    pacer.holdUntil(refusal.updates, new Date(deps.clock.now().getTime() + error.retryAfterMs));
}
