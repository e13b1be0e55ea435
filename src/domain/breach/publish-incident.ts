// Posts a new incident where the team will see it. When the bot may not post in the preferred
// channel, the incident still gets shown (next target, finally the reporter privately) and the
// reporter is told how to add the bot, so a breach is never lost in a failed post. When the post
// fails altogether (rate limit, outage), the incident stays saved with its target channel and a
// hold; the scheduler posts it once the hold has passed (post-unposted-incidents.ts).
import { formatDateTime } from "../i18n/format.ts";
import { translator } from "../i18n/translate.ts";
import type { ChatTarget, Language, PostedMessage } from "../ports.ts";
import type { BreachDeps } from "./breach-deps.ts";
import { ChannelUnavailableError } from "./breach-error.ts";
import type { Incident } from "./incident.ts";
import { buildIncidentMessage } from "./incident-message.ts";
import { nextPostingAttempt } from "./posting-hold.ts";
import { renderContext } from "./refresh-incident-message.ts";

/** How long one attempt holds the post for itself: far longer than a post takes. */
export const POSTING_LEASE_MS = 2 * 60_000;

export interface PublishTargets {
  /** In order of preference: the channel of the command, the incident channel, the reporter's DM. */
  targets: Array<ChatTarget & { name?: string }>;
  reporterUserId: string;
  /** The reporter's language, for the private hint. */
  reporterLanguage: Language;
}

type PublishDeps = Pick<
  BreachDeps,
  "incidents" | "clock" | "chat" | "timezone" | "defaultLanguage" | "access" | "onChatError"
>;

/**
 * Null when this attempt may not post: the incident is posted or closed already, another process
 * is posting it, or an earlier failure's hold (Retry-After) has not passed. A failed post throws
 * after recording when the next attempt may start.
 */
export async function publishIncident(
  deps: PublishDeps,
  incident: Incident,
  where: PublishTargets,
): Promise<PostedMessage | null> {
  const preferred = where.targets[0];
  if (!preferred) throw new Error("no chat target to publish the incident in");
  const now = deps.clock.now();
  const attempt = await deps.incidents.claimPosting(incident.id, {
    target: { platform: preferred.platform, channelId: preferred.channelId },
    now,
    until: new Date(now.getTime() + POSTING_LEASE_MS),
  });
  if (attempt === null) return null;
  try {
    return await postInFirstAvailable(deps, incident, where);
  } catch (error) {
    await deps.incidents.holdPosting(incident.id, nextPostingAttempt(error, attempt, deps.clock.now()));
    throw error;
  }
}

async function postInFirstAvailable(
  deps: PublishDeps,
  incident: Incident,
  where: PublishTargets,
): Promise<PostedMessage> {
  const message = buildIncidentMessage(incident, await renderContext(deps, incident));
  const refused: Array<{ error: ChannelUnavailableError; name: string }> = [];
  for (const { name, ...target } of where.targets) {
    let posted: PostedMessage;
    try {
      posted = await deps.chat.post(target, message);
    } catch (error) {
      if (!(error instanceof ChannelUnavailableError)) throw error;
      refused.push({ error, name: name ?? target.channelId });
      continue;
    }
    await deps.incidents.attachMessage(incident.id, posted);
    if (refused.length > 0) {
      const shownToReporter = target.channelId === where.reporterUserId;
      await tellReporter(deps, incident, where, posted, refused[0]!.name, shownToReporter).catch(
        (error: unknown) => deps.onChatError(error, incident.id),
      );
    }
    return posted;
  }
  throw refused.at(-1)?.error ?? new Error("no chat target to publish the incident in");
}

async function tellReporter(
  deps: Pick<BreachDeps, "chat" | "timezone" | "clock">,
  incident: Incident,
  where: PublishTargets,
  posted: PostedMessage,
  refusedChannel: string,
  shownToReporter: boolean,
): Promise<void> {
  const tr = translator(where.reporterLanguage);
  const text = tr("breach.publish.botNotInChannel", {
    ref: incident.reference,
    channel: refusedChannel,
    at: formatDateTime(deps.clock.now(), deps.timezone, where.reporterLanguage),
  });
  const shownIn = shownToReporter ? tr("breach.publish.shownToYou") : "";
  await deps.chat.postPrivate(posted, where.reporterUserId, {
    summary: `${text} ${shownIn}`.trim(),
    blocks: [
      { type: "section", text: [text, shownIn ? ` ${shownIn}` : ""] },
      { type: "context", text: [{ code: "/invite @dpa-bot" }] },
    ],
  });
}
