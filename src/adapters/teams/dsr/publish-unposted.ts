// The scheduler's next attempt at Teams requests whose first post failed (429, outage): in the
// conversation it was registered in. publishRequest claims the post, so only one process posts it.
import type { DsrDeps } from "../../../domain/dsr/dsr-deps.ts";
import { publishRequest } from "../../../domain/dsr/publish-request.ts";
import { UNPOSTED_GRACE_MS } from "../../slack/dsr/publish-unposted.ts";

export async function publishUnpostedTeamsRequests(deps: DsrDeps): Promise<number> {
  const now = deps.clock.now();
  let posted = 0;
  for (const unposted of await deps.requests.unposted(now, new Date(now.getTime() - UNPOSTED_GRACE_MS))) {
    if (unposted.platform !== "teams" || !unposted.channelId) continue;
    const request = await deps.requests.get(unposted.id);
    if (!request || request.message) continue;
    try {
      if (await publishRequest(deps, request, [{ platform: "teams", channelId: unposted.channelId }]))
        posted++;
    } catch (error) {
      deps.onChatError(error, request.id);
    }
  }
  return posted;
}
