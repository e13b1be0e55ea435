// The scheduler's next attempt at forwards whose e-mail failed (art. 8 DPA: without delay, so a
// failure is tried again rather than left). forwardRequest claims each send, so of several
// instances only one mails; the request message shows the outcome.
import type { DsrDeps } from "./dsr-deps.ts";
import { forwardRequest } from "./forward-request.ts";
import { refreshRequestMessage } from "./publish-request.ts";

export const FORWARD_RETRY_ACTOR = {
  platform: "system",
  userId: "request-forwarding",
  displayName: "request forwarding",
} as const;

export async function retryFailedForwards(deps: DsrDeps): Promise<{ sent: number; failed: number }> {
  const report = { sent: 0, failed: 0 };
  if (!deps.mailer) return report;
  for (const id of await deps.requests.dueForwardRetries(deps.clock.now())) {
    const result = await forwardRequest(deps, { requestId: id, actor: FORWARD_RETRY_ACTOR });
    if (result.outcome === "skipped") continue;
    report[result.outcome === "sent" ? "sent" : "failed"]++;
    await refreshRequestMessage(deps, result.request);
  }
  return report;
}
