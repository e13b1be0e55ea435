// The scheduler's next attempt at requests whose first post failed (rate limit, outage): the
// channel it was meant for, then the request channel, finally the registrant's direct message.
// publishRequest claims the post, so of several processes only one posts it.
import { publishRequest } from "../../../domain/dsr/publish-request.ts";
import type { ChatTarget } from "../../../domain/ports.ts";
import type { SlackDsrContext } from "./context.ts";

/** A request just registered is posted by its own submission; give that a head start. */
export const UNPOSTED_GRACE_MS = 60_000;

export async function publishUnpostedRequests(
  ctx: Pick<SlackDsrContext, "deps" | "requestChannel">,
): Promise<number> {
  const { deps } = ctx;
  const now = deps.clock.now();
  let posted = 0;
  for (const unposted of await deps.requests.unposted(now, new Date(now.getTime() - UNPOSTED_GRACE_MS))) {
    if (unposted.platform !== "slack") continue;
    const request = await deps.requests.get(unposted.id);
    if (!request || request.message) continue;
    const channels = [unposted.channelId, ctx.requestChannel, unposted.reporterUserId].filter(
      (c, i, all): c is string => typeof c === "string" && c !== "" && all.indexOf(c) === i,
    );
    const targets: ChatTarget[] = channels.map((channelId) => ({ platform: "slack", channelId }));
    try {
      if (await publishRequest(deps, request, targets)) posted++;
    } catch (error) {
      deps.onChatError(error, request.id);
    }
  }
  return posted;
}
