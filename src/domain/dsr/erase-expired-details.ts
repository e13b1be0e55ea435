// The product's own copy of a data subject's details is kept no longer than needed (GDPR art.
// 5(1)(e)): REQUEST_DETAILS_RETENTION_DAYS after a request is closed, the scheduler blanks the
// identity and the request text. The row, its dates and its costs stay for the register; the
// erasure is audited under the system account.
import type { Actor, Clock } from "../ports.ts";
import type { RequestRepository } from "./request-repository.ts";

export const RETENTION_ACTOR: Actor = {
  platform: "system",
  userId: "request-retention",
  displayName: "request retention",
};

export async function eraseExpiredDetails(
  deps: { requests: RequestRepository; clock: Clock },
  retentionDays: number,
): Promise<string[]> {
  const now = deps.clock.now();
  const closedBefore = new Date(now.getTime() - retentionDays * 86_400_000);
  return deps.requests.eraseDetailsClosedBefore(closedBefore, now, RETENTION_ACTOR);
}
