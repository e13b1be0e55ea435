// Structured logs (pino): JSON for machines, readable lines for a person at a terminal. Secrets and
// personal data are redacted by key wherever they appear, before either format is written, so a
// careless `log.info({ request })` cannot leak a data subject's details or a token.
import { pino } from "pino";
import pretty from "pino-pretty";

export type Logger = pino.Logger;

/** `json`: one JSON object per line (log collectors); `pretty`: coloured, readable lines. */
export type LogFormat = "json" | "pretty";

/**
 * LOG_FORMAT wins; unset, a person watching a terminal gets readable lines and everything else
 * (a container runtime, a pipe, a file, a log collector) gets JSON.
 */
export function chooseLogFormat(setting: LogFormat | undefined, stdoutIsTerminal: boolean): LogFormat {
  return setting ?? (stdoutIsTerminal ? "pretty" : "json");
}

/**
 * Readable lines, written synchronously like pino's own destination, so the last line before a
 * `process.exit` (a fatal error) is not lost. Colours only on the process's own stdout, and only
 * where pino-pretty finds the terminal supports them.
 */
function prettyStream(destination: pino.DestinationStream | undefined): pino.DestinationStream {
  return pretty({
    destination: destination ?? 1,
    sync: true,
    ...(destination ? { colorize: false } : {}),
    translateTime: "SYS:yyyy-mm-dd HH:MM:ss.l",
    ignore: "pid,hostname,service",
  });
}

const redactedKeys = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "clientSecret",
  "password",
  "authorization",
  "databaseUrl",
  "smtpUrl",
  "email",
  "phone",
  "subjectDetails",
  "requestText",
  "subjectName",
  "notifiedTo",
  "contactEmail",
  "contactPhone",
];

const paths = redactedKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/**
 * HTTP clients' errors (axios under the Teams SDK) carry the whole request they sent, body included:
 * a failed post of a data subject's details to a personal chat would be logged with them. Only what
 * says why it failed is kept.
 */
function errorSerializer(error: unknown): Record<string, unknown> {
  const { config, request, response, data, headers, ...rest } = pino.stdSerializers.err(
    error as Error,
  ) as unknown as Record<string, unknown>;
  const status = (response as { status?: unknown } | undefined)?.status;
  return typeof status === "number" ? { ...rest, status } : rest;
}

/** Everything at this level and above also goes to the capture, whatever the logger's own level. */
const CAPTURE_LEVEL = "debug";
let capture: pino.DestinationStream | null = null;

/**
 * Sends a copy of every logger's lines (after redaction) to `stream`: the test suite captures all
 * logging this way and checks it for secrets and personal data (test/support/log-capture.ts).
 */
export function captureLogsTo(stream: pino.DestinationStream | null): void {
  capture = stream;
}

/** A logger at `level`, writing `format` to `destination` (stdout unless given). */
export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  format: LogFormat = "json",
): Logger {
  const options = (effective: string): pino.LoggerOptions => ({
    level: effective,
    base: { service: "dpa-bot" },
    redact: { paths: [...paths, 'req.headers["x-slack-signature"]'], censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: errorSerializer },
  });
  const output = format === "pretty" && level !== "silent" ? prettyStream(destination) : destination;
  if (!capture) return pino(options(level), output);
  // The capture always gets JSON, whatever the format of the process's own output: the scan after
  // the test run reads it line by line.
  const streams: pino.StreamEntry[] = [{ level: CAPTURE_LEVEL, stream: capture }];
  if (level !== "silent") streams.push({ level: level as pino.Level, stream: output ?? pino.destination(1) });
  const lowest = level !== "silent" && pino.levels.values[level]! < pino.levels.values[CAPTURE_LEVEL]!;
  return pino(options(lowest ? level : CAPTURE_LEVEL), pino.multistream(streams));
}
