// Web API clients with bounded retries. The SDK's default retries for about 30 minutes, which would
// hide an outage from the reminder engine and block a listener far beyond Slack's 3 s.
import { webApi } from "@slack/bolt";
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

/** Bolt and the Web API client log through pino, at most at info level (their debug is noisy). */
export function slackLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: "slack" });
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => child.debug(msg.map(String).join(" ")),
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
