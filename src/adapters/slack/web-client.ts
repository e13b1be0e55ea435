// Web API clients with bounded retries. The SDK's default retries for about 30 minutes, which would
// hide an outage from the reminder engine and block a listener far beyond Slack's 3 s.
import { webApi } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import type { Logger } from "../../logger.ts";

type WebClientOptions = webApi.WebClientOptions;
type SlackLogger = NonNullable<WebClientOptions["logger"]>;
const { LogLevel, WebClient } = webApi;

/** For listeners answering a person: one quick retry, then the error surfaces. */
export function interactiveClientOptions(apiUrl: string | undefined, logger: Logger): WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 1, factor: 1, minTimeout: 200, maxTimeout: 500, randomize: false },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger: slackLogger(logger),
  };
}

/**
 * For the Socket Mode client's apps.connections.open (app-level token): no retryConfig, so the client
 * keeps its own long back-off for re-opening the connection instead of giving up after one retry.
 */
export function socketModeClientOptions(apiUrl: string | undefined, logger: Logger): WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: 10_000,
    logger: slackLogger(logger),
  };
}

/** For the chat port: no retries at all; the caller (scheduler) decides when to try again. */
export function createDeliveryClient(
  token: string,
  apiUrl: string | undefined,
  logger: Logger,
): webApi.WebClient {
  return new WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    logger: slackLogger(logger),
  });
}

/**
 * A view for views.open or views.update, already JSON-encoded. The client sends an object as that
 * same JSON in a form field, so Slack gets the same bytes; but it also walks the object for a debug
 * line (built at every level) and encodes it a second time: a sixth of the CPU of opening and
 * filling a dialog.
 */
export function encodedView(view: ModalView): ModalView {
  return JSON.stringify(view) as unknown as ModalView;
}

/**
 * At debug level Bolt logs every incoming payload and the Web API client every request and answer
 * in full: a reporter's e-mail and phone from users.info, the breach contacts in a dialog, the
 * incident's description. Those lines are dropped, whatever LOG_LEVEL says; the rest of their
 * debug output (which call started and ended) is kept.
 */
const PAYLOAD_DEBUG = /^\s*[{[]|^http request (body|result|headers)|^Error details|storedResponse/;

/** Bolt and the Web API client log through pino, at most at info level (their debug is noisy). */
export function slackLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: "slack" });
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => {
      // The client sends a debug line for every request and answer, whole views included: below
      // debug level, joining and scanning them was 2% of a /datalek's CPU for lines nobody writes.
      if (!child.isLevelEnabled("debug")) return;
      const text = msg.map(String).join(" ");
      if (!PAYLOAD_DEBUG.test(text)) child.debug(text);
    },
    info: (...msg) => child.info(msg.map(String).join(" ")),
    warn: (...msg) => child.warn(msg.map(String).join(" ")),
    error: (...msg) => child.error(msg.map(String).join(" ")),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
