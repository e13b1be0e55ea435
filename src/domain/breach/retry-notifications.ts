// The scheduler's next attempt at notification e-mails that are still pending: the mail server was
// away when a person asked for them, or their sender died mid-send. Each attempt is claimed, so of
// several instances one mails; a sent e-mail records the customer as informed in the name of the
// person who asked for it, and the incident message follows.
import { MAIL_SEND_LEASE_MS } from "../mail-send-lease.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { BreachRefusal } from "./breach-error.ts";
import { loadOpenIncident } from "./open-incident.ts";
import { refreshAfterChange } from "./refresh-incident-message.ts";
import { attemptSend, type NotificationOutcome } from "./send-customer-notification.ts";

/** Who sends when the person who asked is no longer known (their account was removed). */
export const NOTIFICATION_RETRY_ACTOR = {
  platform: "system",
  userId: "notification-retry",
  displayName: "notification retry",
} as const;

const BATCH = 50;

export interface RetryReport {
  sent: number;
  pending: number;
  failed: number;
}

export async function retryPendingNotifications(deps: BreachDeps): Promise<RetryReport> {
  const report: RetryReport = { sent: 0, pending: 0, failed: 0 };
  if (!deps.mailer) return report;
  for (const clockId of await deps.incidents.dueNotificationRetries(deps.clock.now(), BATCH)) {
    const now = deps.clock.now();
    const until = new Date(now.getTime() + MAIL_SEND_LEASE_MS);
    const claim = await deps.incidents.claimNotificationRetry(clockId, { now, until });
    if (!claim) continue; // another instance took it
    let result: NotificationOutcome | null;
    try {
      const incident = await loadOpenIncident(deps.incidents, claim.incidentId);
      const clock = incident.customers.find((c) => c.id === clockId);
      if (!clock) continue;
      result = await attemptSend(deps, incident, clock, {
        lease: { requestKey: claim.requestKey, until },
        actor: claim.requestedBy ?? NOTIFICATION_RETRY_ACTOR,
        attempts: claim.attempts,
      });
    } catch (error) {
      // Closed meanwhile, or nobody left to mail: nothing to retry. Anything else is the caller's.
      if (error instanceof BreachRefusal) {
        report.failed++;
        continue;
      }
      throw error;
    }
    if (!result) continue; // our lease ran out before the send: another instance has it
    report[result.outcome]++;
    await refreshAfterChange(deps, result.incident);
  }
  return report;
}
