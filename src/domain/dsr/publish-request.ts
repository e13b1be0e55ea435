// Posts a new request where the team sees it and keeps the message up to date. The first channel
// that lets the bot post wins (the command's channel, the request channel, the incident channel),
// finally the registrant's direct message, so a request is never left without a message. When the
// post fails altogether (rate limit, outage), the request stays saved with its channel and a hold;
// the scheduler posts it once the hold has passed.
import { ChannelUnavailableError } from "../breach/breach-error.ts";
import { ChatDeliveryError, type ChatTarget, type PostedMessage } from "../ports.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import type { DataSubjectRequest } from "./request.ts";
import { buildRequestMessage } from "./request-message.ts";

/** How long one attempt holds the post for itself: far longer than a post takes. */
export const POSTING_LEASE_MS = 2 * 60_000;
/** After a failed post (outage, no channel the bot may use), the scheduler tries again this much later. */
export const RETRY_POST_MS = 60_000;

type PublishDeps = Pick<DsrDeps, "requests" | "clock" | "chat" | "timezone" | "defaultLanguage">;

/** The request message speaks its channel's language (the registrant's workspace's), else the default. */
export function requestRenderContext(
  deps: Pick<DsrDeps, "clock" | "timezone" | "defaultLanguage">,
  request: Pick<DataSubjectRequest, "channelLanguage">,
) {
  return {
    now: deps.clock.now(),
    timezone: deps.timezone,
    language: request.channelLanguage ?? deps.defaultLanguage,
  };
}

/**
 * Null when this attempt may not post: posted already, or another process is posting it, or an
 * earlier failure's hold has not passed. A failed post throws after holding the next attempt back.
 */
export async function publishRequest(
  deps: PublishDeps,
  request: DataSubjectRequest,
  targets: ChatTarget[],
): Promise<PostedMessage | null> {
  if (request.message) return request.message;
  const now = deps.clock.now();
  if (!(await deps.requests.claimPosting(request.id, now, new Date(now.getTime() + POSTING_LEASE_MS))))
    return null;
  const message = buildRequestMessage(request, requestRenderContext(deps, request));
  let refused: unknown = null;
  try {
    for (const target of targets) {
      try {
        const posted = await deps.chat.post(target, message);
        await deps.requests.attachMessage(request.id, posted);
        return posted;
      } catch (error) {
        if (!(error instanceof ChannelUnavailableError)) throw error;
        refused = error;
      }
    }
    throw refused ?? new Error("no chat target to post the request in");
  } catch (error) {
    const waitMs =
      error instanceof ChatDeliveryError && error.retryAfterMs ? error.retryAfterMs : RETRY_POST_MS;
    await deps.requests.holdPosting(request.id, new Date(deps.clock.now().getTime() + waitMs));
    throw error;
  }
}

/** Updates the request's message in place; a chat failure is reported, the change stands. */
export async function refreshRequestMessage(
  deps: PublishDeps & Pick<DsrDeps, "onChatError">,
  request: DataSubjectRequest,
): Promise<void> {
  if (!request.message) return;
  try {
    await deps.chat.update(
      request.message,
      buildRequestMessage(request, requestRenderContext(deps, request)),
    );
  } catch (error) {
    deps.onChatError(error, request.id);
  }
}
