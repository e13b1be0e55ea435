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
      await markIncidentMessageStale(deps.prisma, stale.id);
      if (error instanceof ChatDeliveryError && error.retryAfterMs !== undefined)
        pacer.holdUntil(channel, new Date(deps.clock.now().getTime() + error.retryAfterMs));
      deps.logger.warn(
        { err: error, incidentId: stale.id },
        "incident message still outdated; tried again later",
      );
    }
  }
  return report;
}
