// The scheduler's next attempt at an incident whose first post failed (rate limit, outage): the
// channel it was meant for, then the incident channel, finally the reporter's direct message, as
// the first attempt would have tried them. publishIncident claims the post, so of several
// processes only one posts it.
import { publishIncident } from "../../../domain/breach/publish-incident.ts";
import type { ChatTarget } from "../../../domain/ports.ts";
import type { UnpostedIncident } from "../../db/repositories/incident-queries.ts";
import type { SlackBreachContext } from "./context.ts";

/** True when this call posted the incident; throws the chat's error when the post failed. */
export async function publishUnpostedIncident(
  ctx: Pick<SlackBreachContext, "deps" | "incidentChannel">,
  unposted: UnpostedIncident,
): Promise<boolean> {
  if (unposted.platform !== "slack") return false;
  const incident = await ctx.deps.incidents.get(unposted.id);
  if (!incident || incident.status === "closed" || incident.message) return false;

  const targets: ChatTarget[] = [{ platform: "slack", channelId: unposted.channelId }];
  if (ctx.incidentChannel && ctx.incidentChannel !== unposted.channelId)
    targets.push({ platform: "slack", channelId: ctx.incidentChannel });
  if (unposted.reporterUserId && unposted.reporterUserId !== unposted.channelId)
    targets.push({ platform: "slack", channelId: unposted.reporterUserId });

  const posted = await publishIncident(ctx.deps, incident, {
    targets,
    reporterUserId: unposted.reporterUserId ?? "",
    reporterLanguage: incident.channelLanguage ?? ctx.deps.defaultLanguage,
  });
  return posted !== null;
}
