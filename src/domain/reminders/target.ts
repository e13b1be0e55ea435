// Where a reminder is posted. Breach reminders belong in the incident's own channel, where the
// people handling it are, and so do the forward reminders of a data-subject request; everything
// else goes to the channel that receives the digest.
import type { ChatTarget } from "../ports.ts";
import type { OpenClock } from "./clocks.ts";

export interface ReminderTargets {
  /** Where incidents are reported, for an incident that has no channel of its own (yet). */
  incidentChannel: ChatTarget | null;
  /** The digest channel: requests, approvals, retention and reviews. */
  generalChannel: ChatTarget | null;
}

export function resolveReminderTarget(clock: OpenClock, targets: ReminderTargets): ChatTarget | null {
  if (clock.kind === "breach.notify" || clock.kind === "breach.authority") {
    return clock.incidentTarget ?? targets.incidentChannel ?? targets.generalChannel;
  }
  // Art. 8 DPA: forwarding is the job of whoever handles the request, in the request's channel.
  if (clock.kind === "dsr.forward") return clock.requestTarget ?? targets.generalChannel;
  return targets.generalChannel;
}

/** One key per channel, for pacing and grouping. */
export function channelKey(target: ChatTarget): string {
  return `${target.platform}:${target.channelId}`;
}

/** The pace of message updates in a channel: held by their own Retry-After, apart from new posts. */
export function updateKeyOf(target: ChatTarget): string {
  return `update:${channelKey(target)}`;
}
