// Posts a new request where the team sees it and keeps the message up to date. The first channel
// that lets the bot post wins (the command's channel, the request channel, the incident channel),
// finally the registrant's direct message, so a request is never left without a message.
import { ChannelUnavailableError } from "../breach/breach-error.ts";
import type { ChatTarget, PostedMessage } from "../ports.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import type { DataSubjectRequest } from "./request.ts";
import { buildRequestMessage } from "./request-message.ts";

type PublishDeps = Pick<DsrDeps, "requests" | "clock" | "chat" | "timezone" | "defaultLanguage">;

export function requestRenderContext(deps: Pick<DsrDeps, "clock" | "timezone" | "defaultLanguage">) {
  return { now: deps.clock.now(), timezone: deps.timezone, language: deps.defaultLanguage };
}

export async function publishRequest(
  deps: PublishDeps,
  request: DataSubjectRequest,
  targets: ChatTarget[],
): Promise<PostedMessage | null> {
  if (request.message) return request.message;
  const message = buildRequestMessage(request, requestRenderContext(deps));
  let refused: unknown = null;
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
  if (refused) throw refused;
  return null;
}

/** Updates the request's message in place; a chat failure is reported, the change stands. */
export async function refreshRequestMessage(
  deps: PublishDeps & Pick<DsrDeps, "onChatError">,
  request: DataSubjectRequest,
): Promise<void> {
  if (!request.message) return;
  try {
    await deps.chat.update(request.message, buildRequestMessage(request, requestRenderContext(deps)));
  } catch (error) {
    deps.onChatError(error, request.id);
  }
}
