import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { chooseLogFormat, createLogger, type LogFormat } from "./logger.ts";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger("info", stream) };
}

describe("logger", () => {
  it("writes structured JSON", () => {
    const { lines, logger } = capture();
    logger.info({ reference: "DL-2026-0001" }, "incident reported");
    expect(JSON.parse(lines[0]!)).toMatchObject({
      msg: "incident reported",
      reference: "DL-2026-0001",
      level: 30,
    });
  });

  it("logs an HTTP client's error without the request it sent", () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
      code: "ECONNREFUSED",
      config: { data: '{"text":"Marie Dupont asks for erasure"}', url: "http://127.0.0.1:9/" },
      request: { body: "Marie Dupont" },
      response: { status: 503, data: "Marie Dupont" },
    });
    logger.error({ err: error }, "posting failed");
    const line = JSON.parse(lines[0]!);
    expect(lines.join("")).not.toContain("Marie Dupont");
    expect(line.err).toMatchObject({
      message: "connect ECONNREFUSED 127.0.0.1:9",
      code: "ECONNREFUSED",
      status: 503,
    });
  });

  it("redacts secrets and personal data wherever they sit", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        botToken: "xoxb-secret",
        request: { subjectDetails: "Marie Dupont, marie@example.org", email: "marie@example.org" },
        contact: { nested: { phone: "+32 470 00 00 00" } },
      },
      "handled",
    );
    const text = lines.join("");
    for (const secret of ["xoxb-secret", "Marie Dupont", "marie@example.org", "+32 470"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[redacted]");
  });
});

describe("the log format", () => {
  it("is what LOG_FORMAT says, else readable on a terminal and JSON anywhere else", () => {
    const table: Array<[LogFormat | undefined, boolean, LogFormat]> = [
      [undefined, true, "pretty"],
      [undefined, false, "json"],
      ["json", true, "json"],
      ["json", false, "json"],
      ["pretty", true, "pretty"],
      ["pretty", false, "pretty"],
    ];
    for (const [setting, terminal, expected] of table)
      expect(chooseLogFormat(setting, terminal), `${setting} on a terminal: ${terminal}`).toBe(expected);
  });

  it("pretty: one readable line per entry, without colours off the terminal, redacted like JSON", () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger("info", stream, "pretty");
    logger.info({ reference: "DL-2026-0001", botToken: "xoxb-secret" }, "incident reported");
    logger.debug("below the level");
    const text = lines.join("");
    expect(text).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] INFO: incident reported\n/);
    expect(text).toContain('reference: "DL-2026-0001"');
    expect(text).toContain('botToken: "[redacted]"');
    expect(text).not.toContain("xoxb-secret");
    expect(text).not.toContain("below the level");
    expect(text).not.toContain("\u001b["); // no ANSI colour codes
    expect(() => JSON.parse(text)).toThrow();
  });
});
