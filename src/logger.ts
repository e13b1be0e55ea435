// Structured JSON logs (pino). Secrets and personal data are redacted by key wherever they appear,
// so a careless `log.info({ request })` cannot leak a data subject's details or a token.
import { pino } from "pino";

export type Logger = pino.Logger;

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

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = (effective: string): pino.LoggerOptions => ({
    level: effective,
    base: { service: "dpa-bot" },
    redact: { paths: [...paths, 'req.headers["x-slack-signature"]'], censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: errorSerializer },
  });
  if (!capture) return pino(options(level), destination);
  const streams: pino.StreamEntry[] = [{ level: CAPTURE_LEVEL, stream: capture }];
  if (level !== "silent")
    streams.push({ level: level as pino.Level, stream: destination ?? pino.destination(1) });
  const lowest = level !== "silent" && pino.levels.values[level]! < pino.levels.values[CAPTURE_LEVEL]!;
  return pino(options(lowest ? level : CAPTURE_LEVEL), pino.multistream(streams));
}
