import { describe, expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { sdkLogger } from "./sdk-logger.ts";

describe("the Teams SDK's log lines", () => {
  it("keep what happened and drop the activity body and any object beside it", () => {
    const lines: string[] = [];
    const logger = createLogger("debug", { write: (line: string) => lines.push(line) });
    const log = sdkLogger(logger);
    const activity = { type: "message", text: "Marieke Janssens wants her data erased" };
    log.debug(`Handling activity ${JSON.stringify(activity)}`);
    log.info("sent", { body: activity });
    log.error(new Error("connector said 503"));
    const all = lines.join("\n");
    expect(all).not.toContain("Marieke");
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["Handling activity", "sent", "connector said 503"]);
  });
});
