// The scheduler's next attempt at forwards whose e-mail failed, whose sender died mid-send, or that
// were never tried because the process stopped right after registering (art. 8 DPA: without
// delay, so nothing is left waiting). forwardRequest claims each send, so of several
// instances only one mails; the request message shows the outcome.
import type { DsrDeps } from "./dsr-deps.ts";
import { forwardRequest } from "./forward-request.ts";
import { refreshRequestMessage } from "./publish-request.ts";

export const UNATTEMPTED_GRACE_MS = 2 * 60_000;

export const FORWARD_RETRY_ACTOR = {
  platform: "system",
  userId: "request-forwarding",
  displayName: "request forwarding",
} as const;

export async function retryFailedForwards(deps: DsrDeps): Promise<{ sent: number; failed: number }> {
  const report = { sent: 0, failed: 0 };
  if (!deps.mailer) return report;
  const now = deps.clock.now();
  // A request just registered is forwarded by its own submission; give that a head start.
  const unattemptedBefore = new Date(now.getTime() - UNATTEMPTED_GRACE_MS);
  for (const id of await deps.requests.dueForwardRetries(now, unattemptedBefore)) {
    const result = await forwardRequest(deps, { requestId: id, actor: FORWARD_RETRY_ACTOR });
    if (result.outcome === "skipped") continue;
    report[result.outcome === "sent" ? "sent" : "failed"]++;
    await refreshRequestMessage(deps, result.request);
  }
  return report;
}
