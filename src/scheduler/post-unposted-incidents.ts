// A tick's step for incidents that were saved but never shown: their first post failed (Slack 429,
// an outage). Each is posted once its hold (Retry-After, back-off) has passed; the claim inside
// publishIncident makes sure that of several instances ticking at once only one posts it.
import { findUnpostedIncidents } from "../adapters/db/repositories/incident-queries.ts";
import { ChatDeliveryError } from "../domain/ports.ts";
import { channelKey } from "../domain/reminders/target.ts";
import type { ChannelPacer } from "./channel-pacer.ts";
import type { ReminderEngineDeps } from "./engine-deps.ts";

/** A tick posts at most this many; the rest wait for the next tick. */
const INCIDENTS_PER_TICK = 20;

export interface UnpostedReport {
  posted: number;
  /** Left to another instance that claimed it first, or found posted or closed meanwhile. */
  skipped: number;
  /** The post failed; the incident holds until its next attempt. */
  failed: number;
}

export function emptyUnpostedReport(): UnpostedReport {
  return { posted: 0, skipped: 0, failed: 0 };
}

export async function postUnpostedIncidents(
  deps: ReminderEngineDeps,
  pacer: ChannelPacer,
  stopping: () => boolean = () => false,
): Promise<UnpostedReport> {
  const report = emptyUnpostedReport();
  const publish = deps.publishUnpostedIncident;
  if (!publish) return report;
  const due = await findUnpostedIncidents(deps.prisma, deps.clock.now(), INCIDENTS_PER_TICK);
  for (const incident of due) {
    if (stopping()) break;
    const channel = channelKey(incident);
    // A 429 in this process holds the channel: the incident waits for a later tick too.
    if (pacer.heldUntil(channel)) {
      report.skipped++;
      continue;
    }
    await pacer.acquire(channel);
    const log = deps.logger.child({ incidentId: incident.id, channel });
    try {
      if (await publish(incident)) {
        report.posted++;
        log.info("incident posted after its first post had failed");
      } else report.skipped++;
    } catch (error) {
      report.failed++;
      if (error instanceof ChatDeliveryError && error.retryAfterMs !== undefined)
        pacer.holdUntil(channel, new Date(deps.clock.now().getTime() + error.retryAfterMs));
      log.warn({ err: error }, "incident still not posted; it is tried again later");
    }
  }
  return report;
}
