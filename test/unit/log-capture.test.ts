// The log check of the whole suite (test/support/global-setup.ts) can fail: the scanner finds what
// is forbidden in any spelling a log shows, reports it without repeating it, and every logger of a
// test, even a silent one, writes into the capture it scans.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, inject, it } from "vitest";
import { slackLogger } from "../../src/adapters/slack/web-client.ts";
import { createLogger } from "../../src/logger.ts";
import { BOT_TOKEN } from "../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../fakes/slack/signed-request.ts";
import { SMTP_PASSWORD } from "../fixtures/test-secrets.ts";
import { FORBIDDEN_IN_LOGS, forbiddenIn } from "../support/forbidden-in-logs.ts";
import { scanLog } from "../support/log-scan.ts";

describe("the log scanner", () => {
  const forbidden = forbiddenIn([
    { CASE_PII: ["Marie Dupont", "marie.dupont@example.org", "+32 470 99 88 77", "ab"], OTHER: ["ignored"] },
    { SOME_SECRETS: ["s3cr3t-value"] },
  ]);

  it("collects the _PII and _SECRETS arrays of fixture modules, with phone numbers also without spaces", () => {
    expect(forbidden).toEqual([
      "Marie Dupont",
      "marie.dupont@example.org",
      "+32 470 99 88 77",
      "+32470998877",
      "s3cr3t-value",
    ]);
  });

  it("finds a forbidden string in any case and shows the line without it", () => {
    const log = [
      '{"msg":"incident reported","reference":"DL-2026-0001"}',
      '{"msg":"mail to MARIE.DUPONT@example.org failed"}',
      '{"msg":"calling +32470998877 about s3cr3t-value"}',
    ].join("\n");
    const findings = scanLog("worker-1.ndjson", log, forbidden);
    expect(findings.map((f) => [f.lineNumber, f.matches])).toEqual([
      [2, [1]],
      [3, [3, 4]],
    ]);
    const shown = findings.map((f) => f.redacted).join("\n");
    expect(shown).toContain("[forbidden #1]");
    for (const item of forbidden) expect(shown.toLowerCase()).not.toContain(item.toLowerCase());
  });

  it("finds nothing in clean lines", () => {
    expect(scanLog("w", '{"msg":"ok","user":"U123"}\n\n', forbidden)).toEqual([]);
  });

  it("looks for the test secrets and the fixtures' breach contacts", () => {
    for (const item of [
      SIGNING_SECRET,
      BOT_TOKEN,
      SMTP_PASSWORD,
      "Jan Peeters",
      "jan@acme.example",
      "Sanne@Globex.example",
    ]) {
      expect(FORBIDDEN_IN_LOGS).toContain(item);
    }
  });
});

describe("the capture", () => {
  it("receives the lines of every logger, a silent one too, after redaction", () => {
    const marker = `capture-check-${randomUUID()}`;
    createLogger("silent").info({ botToken: BOT_TOKEN }, marker);
    const dir = inject("logCaptureDir");
    const lines = readdirSync(dir)
      .flatMap((file) => readFileSync(join(dir, file), "utf8").split("\n"))
      .filter((line) => line.includes(marker));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(BOT_TOKEN);
    expect(lines[0]).toContain("[redacted]");
  });

  it("gets none of the Slack SDK's payload dumps, which hold profiles and dialog contents", () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = slackLogger(createLogger("debug", stream));
    log.debug('http request body: {"profile":{"email":"jan@acme.example"}}');
    log.debug('http request result: {"ok":true}');
    log.debug('{"type":"view_submission"}');
    log.debug("apiCall('users.info') start");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("apiCall('users.info') start");
  });
});
