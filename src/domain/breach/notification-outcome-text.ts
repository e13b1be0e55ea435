// What the person who asked for the notification e-mail is told: sent, pending (kept and retried;
// the clock keeps running) or refused. One text for every platform's dialog.
import type { translator } from "../i18n/translate.ts";
import type { NotificationOutcome } from "./send-customer-notification.ts";

export function outcomeText(
  outcome: NotificationOutcome,
  tr: ReturnType<typeof translator>,
  formatTime: (at: Date) => string,
): string {
  switch (outcome.outcome) {
    case "sent":
      return tr("breach.notify.sent", {
        recipients: outcome.recipients.join(", "),
        at: formatTime(outcome.at),
        id: outcome.messageId,
      });
    case "pending":
      return tr("breach.notify.pending", { reason: outcome.error, at: formatTime(outcome.retryAt) });
    case "failed":
      return tr("breach.notify.failed", { reason: outcome.error });
  }
}
