// The Teams SDK's logger interface on our pino logger, so its lines are structured like ours.
// Its debug output stays at debug. Activity bodies are never logged: the SDK writes whole
// activities ("Handling activity {...}") holding what people typed, so every line is cut where a
// JSON body starts, and objects passed beside the text are left out.
import type { ILogger } from "@microsoft/teams.common";
import type { Logger } from "../../logger.ts";

const text = (msg: unknown[]) =>
  msg
    .map((m) => (m instanceof Error ? m.message : typeof m === "string" ? m : ""))
    .join(" ")
    .replace(/\s*[{[][\s\S]*$/, "")
    .trim() || "(details withheld: they may hold what people typed)";

export function sdkLogger(logger: Logger, name = "teams-sdk"): ILogger {
  const log = logger.child({ component: name });
  return {
    debug: (...msg) => log.debug(text(msg)),
    info: (...msg) => log.debug(text(msg)),
    warn: (...msg) => log.warn(text(msg)),
    error: (...msg) => log.error(text(msg)),
    trace: (...msg) => log.trace(text(msg)),
    log: (level, ...msg) => (level === "error" ? log.error(text(msg)) : log.debug(text(msg))),
    child: (child) => sdkLogger(logger, `${name}/${child}`),
  };
}
